// Idiom: Nadaraya-Watson kernel-regression weights with a Gaussian kernel, w_j = exp(-(d_j^2 - d_min^2) / (2 h^2)) / sum
// per query point, shifted by the query's nearest training point (a softmin over squared distances).
// Use: kernel smoothing / kernel-weighted local averages; the weight rows are reused for several responses.
// Layout: query points jagged double[][], training points List<double[]>, squared distances in a Span<double>
// scratch per query (stackalloc), weights jagged double[queries][train].
// Inspired by: kernel-smoothing code in statistics course notes (log-sum-exp stabilised weights); own code.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut62.KernelWeights_PerQueryNearest;

public static class KernelSmoother
{
    public static double[][] Weights(double[][] queries, List<double[]> train, double bandwidth)
    {
        double twoH2 = 2.0 * bandwidth * bandwidth;
        var weights = new double[queries.Length][];
        Span<double> d2 = train.Count <= 256 ? stackalloc double[train.Count] : new double[train.Count];
        for (int q = 0; q < queries.Length; q++)
        {
            double[] x = queries[q];
            for (int j = 0; j < train.Count; j++)
            {
                double acc = 0.0;
                for (int d = 0; d < x.Length; d++)
                {
                    double diff = x[d] - train[j][d];
                    acc += diff * diff;
                }

                d2[j] = acc;
            }

            double nearest = double.PositiveInfinity;
            foreach (double v in d2)
            {
                nearest = Math.Min(nearest, v);
            }

            var w = new double[train.Count];
            double total = 0.0;
            for (int j = 0; j < w.Length; j++)
            {
                w[j] = Math.Exp(-(d2[j] - nearest) / twoH2);
                total += w[j];
            }

            for (int j = 0; j < w.Length; j++)
            {
                w[j] /= total;
            }

            weights[q] = w;
        }

        return weights;
    }
}
