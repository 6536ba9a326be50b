// Idiom: a static local function with a `ref double` accumulator parameter, called once per row.
// Use: batched softmax over jagged rows, normalised after all rows are exponentiated.
// Layout: jagged double[batch][classes].
// Bug (LG0002): `total` is declared once before the row loop and passed by ref to every row's call, so it sums the exps
// of all rows; every row is divided by that batch total.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.StaticLocalFunctions_RefTotal;

public static class RefTotalSoftmax
{
    public static double[][] Forward(double[][] x)
    {
        var y = new double[x.Length][];
        double total = 0.0;
        for (int r = 0; r < x.Length; r++)
        {
            double peak = double.NegativeInfinity;
            foreach (double v in x[r]) peak = Math.Max(peak, v);
            y[r] = new double[x[r].Length];
            AddExps(x[r], peak, y[r], ref total);
        }
        foreach (double[] row in y)
            for (int j = 0; j < row.Length; j++)
                row[j] /= total;
        return y;

        static void AddExps(ReadOnlySpan<double> row, double peak, Span<double> dest, ref double sum)
        {
            for (int j = 0; j < row.Length; j++)
                sum += dest[j] = Math.Exp(row[j] - peak); //~ LG0002
        }
    }
}
