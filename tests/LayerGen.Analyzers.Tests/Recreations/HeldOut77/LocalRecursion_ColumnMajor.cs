// Idiom: recursive local functions (Peak(c + 1, ...), Mass(c + 1, ...)) declared in the sample loop, capturing it.
// Use: Z = W·X activations, one softmax per sample (column).
// Layout: double[classes, batch], column-major samples.
// Correct: the local functions walk the classes of the captured sample b only.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.LocalRecursion_ColumnMajor;

public static class ColumnSoftmax
{
    public static double[,] Softmax(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var p = new double[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            double Peak(int c, double m) => c == classes ? m : Peak(c + 1, Math.Max(m, z[c, b]));
            double Mass(int c, double shift, double s) => c == classes ? s : Mass(c + 1, shift, s + Math.Exp(z[c, b] - shift));

            double max = Peak(0, double.NegativeInfinity);
            double sum = Mass(0, max, 0.0);
            for (int c = 0; c < classes; c++)
            {
                p[c, b] = Math.Exp(z[c, b] - max) / sum;
            }
        }

        return p;
    }
}
