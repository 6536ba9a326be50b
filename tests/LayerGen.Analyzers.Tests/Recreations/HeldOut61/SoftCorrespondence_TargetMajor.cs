// Idiom: soft point correspondence (soft ICP / soft Chamfer matching): each source point's match probabilities over
// the target points, exp(-(d2 - d2min) / T) / Z, stored target-major so each source is a column.
// Layout: source double[n, 3] and target double[m, 3] coordinate tables; distances then probabilities in place in
// double[m, n] (column-major per source: the softmax runs down column i); a static D2 helper.
// Inspired by: soft-ICP / RPM-Net correspondence matrices (read for style only; own code).
// Correct.
using System;

namespace HeldOut61.SoftCorrespondence_TargetMajor;

public static class SoftMatch
{
    public static double[,] Match(double[,] source, double[,] target, double temperature)
    {
        int n = source.GetLength(0), m = target.GetLength(0);
        var p = new double[m, n];
        for (int j = 0; j < m; j++)
        {
            for (int i = 0; i < n; i++)
            {
                p[j, i] = D2(source, i, target, j);
            }
        }

        for (int i = 0; i < n; i++)
        {
            double best = p[0, i];
            for (int j = 1; j < m; j++)
            {
                if (p[j, i] < best) best = p[j, i];
            }

            double s = 0.0;
            for (int j = 0; j < m; j++)
            {
                p[j, i] = Math.Exp(-(p[j, i] - best) / temperature);
                s += p[j, i];
            }

            for (int j = 0; j < m; j++)
            {
                p[j, i] /= s;
            }
        }

        return p;
    }

    private static double D2(double[,] a, int i, double[,] b, int j)
    {
        double dx = a[i, 0] - b[j, 0], dy = a[i, 1] - b[j, 1], dz = a[i, 2] - b[j, 2];
        return dx * dx + dy * dy + dz * dz;
    }
}
