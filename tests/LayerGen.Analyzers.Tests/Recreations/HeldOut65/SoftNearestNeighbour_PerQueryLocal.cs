// Idiom: soft nearest-neighbour (soft vector quantisation) assignment of each query to a codebook,
// a[q, k] = softmax_k(-|x_q - c_k|^2 / T), with a static local function for the squared distance.
// Use: differentiable codebook lookup / soft VQ. Layout: List<double[]> queries and codes, List<double[]> output.
// Inspired by soft-VQ / soft nearest-neighbour assignment code. Our own code.
// Correct: nearest code per query (min over that query's distances), per-query sum.
using System;
using System.Collections.Generic;

namespace HeldOut65.SoftNearestNeighbour_PerQueryLocal;

public static class SoftVq
{
    public static List<double[]> Assign(List<double[]> queries, List<double[]> codes, double temperature)
    {
        static double SquaredDistance(double[] a, double[] b)
        {
            double s = 0.0;
            for (int t = 0; t < a.Length; t++)
            {
                double d = a[t] - b[t];
                s += d * d;
            }

            return s;
        }

        var result = new List<double[]>(queries.Count);
        foreach (double[] x in queries)
        {
            var a = new double[codes.Count];
            double nearest = double.PositiveInfinity;
            for (int k = 0; k < codes.Count; k++)
            {
                a[k] = SquaredDistance(x, codes[k]);
                nearest = Math.Min(nearest, a[k]);
            }

            double z = 0.0;
            for (int k = 0; k < a.Length; k++)
            {
                a[k] = Math.Exp(-(a[k] - nearest) / temperature);
                z += a[k];
            }

            for (int k = 0; k < a.Length; k++)
            {
                a[k] /= z;
            }

            result.Add(a);
        }

        return result;
    }
}
