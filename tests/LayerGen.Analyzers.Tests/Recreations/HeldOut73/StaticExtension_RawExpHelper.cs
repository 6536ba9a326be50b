// Idiom: C# 14 static extension member on double (double.Natural) wrapping Math.Exp, used per column.
// Use: class probabilities for a batch stored as Z = W·X.
// Layout: double[classes, batch] (column-major), softmax per column.
// Bug LG0003: double.Natural(z[c, b]) exponentiates the raw logit; no max is subtracted (marked at the call).
// Our own code.
#nullable enable
using System;

namespace HeldOut73.StaticExtension_RawExpHelper;

public static class Exponentials
{
    extension(double)
    {
        public static double Natural(double power) => Math.Exp(power);
    }
}

public static class ColumnHead
{
    public static double[,] PerColumn(double[,] z)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        var a = new double[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                a[c, b] = double.Natural(z[c, b]); //~ LG0003
                total += a[c, b];
            }

            for (int c = 0; c < classes; c++) a[c, b] /= total;
        }

        return a;
    }
}
