// known gap: LG0003 missed when the same-type exp helper GaussianKernel(u) => Math.Exp(-0.5 * u * u) is called with a distance, Distance(queries, q, train, j) / h (the subtraction of coordinates inside the distance helper)
// gap: -LG0003@27
// Idiom: Nadaraya-Watson kernel-regression weights written with a textbook kernel function K(u) = exp(-u^2 / 2)
// and a distance helper, weights K(|x - x_j| / h) / sum_l K(|x - x_l| / h) per query point.
// Use: kernel smoothing; weight rows for local averages.
// Layout: query and training points as double[points, dims] 2D arrays, weights double[queries, train],
// static helpers GaussianKernel(u) and Distance(a, i, b, j).
// Inspired by: the K(u) / bandwidth formulation of kernel regression in statistics texts; own code.
// Label: LG0003 — the kernel exponentiates the raw -u^2 / 2 (0/0 for a query far from every training point);
// reported where the kernel helper is called.
using System;

namespace HeldOut62.KernelWeights_GaussianKernelHelper;

public static class NadarayaWatson
{
    public static double[,] Weights(double[,] queries, double[,] train, double h)
    {
        int nq = queries.GetLength(0);
        int nt = train.GetLength(0);
        var w = new double[nq, nt];
        for (int q = 0; q < nq; q++)
        {
            double denom = 0.0;
            for (int j = 0; j < nt; j++)
            {
                w[q, j] = GaussianKernel(Distance(queries, q, train, j) / h); //~ LG0003
                denom += w[q, j];
            }

            for (int j = 0; j < nt; j++)
            {
                w[q, j] /= denom;
            }
        }

        return w;
    }

    private static double GaussianKernel(double u) => Math.Exp(-0.5 * u * u);

    private static double Distance(double[,] a, int i, double[,] b, int j)
    {
        double acc = 0.0;
        for (int d = 0; d < a.GetLength(1); d++)
        {
            double diff = a[i, d] - b[j, d];
            acc += diff * diff;
        }

        return Math.Sqrt(acc);
    }
}
