// Idiom: soft-DTW forward recursion. R[i, j] = D[i-1, j-1] + softmin_gamma(R[i-1, j-1], R[i-1, j], R[i, j-1]) with
// softmin_gamma(a, b, c) = -gamma * log(exp(-a/gamma) + exp(-b/gamma) + exp(-c/gamma)), written stably from the smallest
// of the three; the soft-argmin weights (a 3-way softmax of -R/gamma) are kept per cell for the expected alignment.
// Use: differentiable time-series alignment loss. Layout: double[n + 1, m + 1] accumulated cost with an infinite border,
// a readonly record struct for the three neighbours, a static helper writing into a Span<double>, weights double[n, m, 3].
// Inspired by Cuturi & Blondel's soft-DTW (the Cython _softmin3 / _soft_min_argmin found in the code search).
// Our own code. Correct: the minimum of the three neighbours shifts their own 3-way softmax.
using System;

namespace HeldOut65.SoftDtw_SoftMinRecursion;

public readonly record struct Neighbours(double Diagonal, double Up, double Left);

public static class SoftDtw
{
    public static double SoftMin(Neighbours nb, double gamma, Span<double> weights)
    {
        double best = Math.Min(nb.Diagonal, Math.Min(nb.Up, nb.Left));
        weights[0] = Math.Exp(-(nb.Diagonal - best) / gamma);
        weights[1] = Math.Exp(-(nb.Up - best) / gamma);
        weights[2] = Math.Exp(-(nb.Left - best) / gamma);
        double z = weights[0] + weights[1] + weights[2];
        weights[0] /= z;
        weights[1] /= z;
        weights[2] /= z;
        return best - gamma * Math.Log(z);
    }

    public static double[,] Forward(double[,] distance, double gamma, double[,,] weights)
    {
        int n = distance.GetLength(0);
        int m = distance.GetLength(1);
        var r = new double[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
        {
            for (int j = 0; j <= m; j++)
            {
                r[i, j] = double.PositiveInfinity;
            }
        }

        r[0, 0] = 0.0;
        Span<double> w = stackalloc double[3];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                var nb = new Neighbours(r[i - 1, j - 1], r[i - 1, j], r[i, j - 1]);
                r[i, j] = distance[i - 1, j - 1] + SoftMin(nb, gamma, w);
                for (int k = 0; k < 3; k++)
                {
                    weights[i - 1, j - 1, k] = w[k];
                }
            }
        }

        return r;
    }
}
