// Source: accord-net/framework Sources/Accord.MachineLearning/Clustering/TSNE.cs (re-created, not copied)
// Layout: t-SNE input similarities over a point's nearest neighbours, one row per point: the neighbours come as a
// list of records holding their distance, the row buffer is refilled for every point. The kernel's precision is found
// by a bisection search on the row's entropy: it starts at 1, is doubled or halved while one side of the bracket is
// still a sentinel, else averaged with the bracket, which holds an earlier precision or its sentinel (the lower one a
// tiny negative constant).
// Correct: exp(-precision * d * d) is never positive (the precision is a scale that reads no data: the search only
// doubles, halves and averages it with its own earlier values and constants; d * d >= 0), and the row's sum starts at
// DBL_MIN, so a row whose terms all underflow gives 0, not NaN. As PerplexityKernel_GuardedGaussian, with the
// precision a local of the search instead of a parameter.
using System;
using System.Collections.Generic;

namespace Recreations.Real46.PerplexityRowBisectedPrecision;

public readonly record struct Neighbour(int Index, double Distance);

public static class Similarities
{
    private const double Smallest = 2.2250738585072014e-308;
    private const double Unset = double.MaxValue;

    public static void Rows(IReadOnlyList<List<Neighbour>> neighbours, int k, double perplexity, double[] values)
    {
        var row = new double[k];
        double target = Math.Log(perplexity);
        for (int n = 0; n < neighbours.Count; n++)
        {
            List<Neighbour> near = neighbours[n];
            double precision = 1.0;
            double lower = -Smallest;
            double upper = Unset;
            double sum = 0;
            for (int iteration = 0; iteration < 200; iteration++)
            {
                for (int m = 0; m < k; m++)
                {
                    double d = near[m + 1].Distance;
                    row[m] = Math.Exp(-precision * d * d);
                }

                sum = Smallest;
                for (int m = 0; m < k; m++)
                    sum += row[m];

                double entropy = 0.0;
                for (int m = 0; m < k; m++)
                {
                    double d = near[m + 1].Distance;
                    entropy += precision * d * d * row[m];
                }

                double gap = entropy / sum + Math.Log(sum) - target;
                if (Math.Abs(gap) < 1e-5)
                    break;

                if (gap > 0)
                {
                    lower = precision;
                    precision = upper == Unset ? precision * 2.0 : (precision + upper) / 2.0;
                }
                else
                {
                    upper = precision;
                    precision = (precision + lower) / 2.0;
                }
            }

            for (int m = 0; m < k; m++)
                values[n * k + m] = row[m] / sum;
        }
    }
}
