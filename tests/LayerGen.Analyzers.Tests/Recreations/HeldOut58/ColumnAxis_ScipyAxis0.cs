// HeldOut58 — scipy.special.softmax(z, axis=0) / MATLAB's softmax(Z) (which works down the columns of a
// [classes, samples] matrix, Z = W*X) ported to a C# rectangular array. Our own code.
// Layout: double[,] column layout [classes, samples]; softmax per column (over the first index).
// Correct.
using System;

namespace HeldOut58.ColumnAxis_ScipyAxis0;

public static class ScipyPort
{
    public static double[,] SoftmaxAxis0(double[,] z)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        var p = new double[classes, samples];
        for (int n = 0; n < samples; n++)
        {
            double peak = z[0, n];
            for (int k = 1; k < classes; k++)
            {
                peak = Math.Max(peak, z[k, n]);
            }

            double denom = 0.0;
            for (int k = 0; k < classes; k++)
            {
                p[k, n] = Math.Exp(z[k, n] - peak);
                denom += p[k, n];
            }

            for (int k = 0; k < classes; k++)
            {
                p[k, n] /= denom;
            }
        }

        return p;
    }
}
