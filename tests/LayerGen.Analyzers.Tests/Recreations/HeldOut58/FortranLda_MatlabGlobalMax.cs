// HeldOut58 — a MATLAB softmax port: Z is [features, samples] (one sample per column, Z = W*X), the MATLAB original
// "E = exp(Z - max(Z(:))); P = E ./ sum(E, 1);" — max(Z(:)) flattens the whole matrix. Inspired by the NumPy/MATLAB
// pattern "np.exp(x - np.max(x)) / sum(axis, keepdims)" seen in public code; our own code.
// Layout: double[,] column layout [classes, samples]; softmax per column.
// Bug: LG0001 — the maximum spans every sample, the sum one column (a column 1000 below the peak gives 0/0).
using System;

namespace HeldOut58.FortranLda_MatlabGlobalMax;

public static class MatlabSoftmax
{
    public static double[,] Softmax(double[,] z)
    {
        int features = z.GetLength(0);
        int samples = z.GetLength(1);
        double zmax = double.NegativeInfinity;
        for (int j = 0; j < samples; j++)
        {
            for (int i = 0; i < features; i++)
            {
                zmax = Math.Max(zmax, z[i, j]); //~ LG0001
            }
        }

        var e = new double[features, samples];
        for (int j = 0; j < samples; j++)
        {
            for (int i = 0; i < features; i++)
            {
                e[i, j] = Math.Exp(z[i, j] - zmax);
            }
        }

        var p = new double[features, samples];
        for (int j = 0; j < samples; j++)
        {
            double colSum = 0.0;
            for (int i = 0; i < features; i++)
            {
                colSum += e[i, j];
            }

            for (int i = 0; i < features; i++)
            {
                p[i, j] = e[i, j] / colSum;
            }
        }

        return p;
    }
}
