// Idiom: pairwise-recursive dot products (Dot(a, b, lo, hi) split in halves) feeding cosine-similarity attention.
// Use: contrastive / retrieval attention weights of each query over the keys, temperature 0.25.
// Layout: jagged double[queries][dim] and double[keys][dim]; output double[queries][keys], one softmax per query.
// Correct: the exponent is cos(q, k) / 0.25, bounded to [-4, 4] (norms clamped away from 0), so exp needs no max.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.CosineRecursion_BoundedScores;

public static class BoundedAttention
{
    private const double Temperature = 0.25;

    private static double Dot(double[] a, double[] b, int lo, int hi)
    {
        if (hi - lo <= 2)
        {
            double s = 0.0;
            for (int i = lo; i < hi; i++)
            {
                s += a[i] * b[i];
            }

            return s;
        }

        int mid = (lo + hi) / 2;
        return Dot(a, b, lo, mid) + Dot(a, b, mid, hi);
    }

    private static double Cosine(double[] a, double[] b)
    {
        double na = Math.Sqrt(Dot(a, a, 0, a.Length));
        double nb = Math.Sqrt(Dot(b, b, 0, b.Length));
        double cos = Dot(a, b, 0, a.Length) / Math.Max(na * nb, 1e-300);
        return Math.Clamp(cos, -1.0, 1.0);
    }

    public static double[][] Weights(double[][] queries, double[][] keys)
    {
        var w = new double[queries.Length][];
        for (int q = 0; q < queries.Length; q++)
        {
            var row = new double[keys.Length];
            double z = 0.0;
            for (int k = 0; k < keys.Length; k++)
            {
                row[k] = Math.Exp(Cosine(queries[q], keys[k]) / Temperature);
                z += row[k];
            }

            for (int k = 0; k < keys.Length; k++)
            {
                row[k] /= z;
            }

            w[q] = row;
        }

        return w;
    }
}
