// Idiom: dual softmax (row softmax times column softmax of one similarity matrix).
// Use: mutual-nearest-neighbour matching confidence, double precision.
// Layout: double[n, m] (2-D); the row pass walks i outer, the column pass j outer, i inner.
// Bug: LG0002 — the column normaliser `colTotal` is declared above the column loop and never reset, so column j is
//      divided by the exps of columns 0..j; the column max and the row pass are per slice.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.DualSoftmax_ColumnTotalCarried;

public static class MutualMatcher
{
    public static double[,] Confidence(double[,] s, out double[,] rp, out double[,] cp)
    {
        int n = s.GetLength(0);
        int m = s.GetLength(1);
        rp = new double[n, m];
        cp = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double rowPeak = s[i, 0];
            for (int j = 1; j < m; j++) rowPeak = Math.Max(rowPeak, s[i, j]);
            double rz = 0.0;
            for (int j = 0; j < m; j++) rz += rp[i, j] = Math.Exp(s[i, j] - rowPeak);
            for (int j = 0; j < m; j++) rp[i, j] /= rz;
        }

        double colTotal = 0.0;
        for (int j = 0; j < m; j++)
        {
            double peak = double.NegativeInfinity;
            for (int i = 0; i < n; i++) peak = Math.Max(peak, s[i, j]);
            for (int i = 0; i < n; i++)
            {
                cp[i, j] = Math.Exp(s[i, j] - peak);
                colTotal += cp[i, j]; //~ LG0002
            }

            for (int i = 0; i < n; i++) cp[i, j] /= colTotal;
        }

        var conf = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++) conf[i, j] = rp[i, j] * cp[i, j];
        }

        return conf;
    }
}
