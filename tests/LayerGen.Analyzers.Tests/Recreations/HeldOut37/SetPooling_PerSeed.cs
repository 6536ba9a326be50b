// Idiom: set transformer pooling by attention (PMA): learned seed queries attend over the set elements
// Layout: double[][] seeds [k][d], set [n][d]; scores stored element-major double[n, k], softmax down each column
// Correct
using System;

namespace HeldOut37.SetPooling_PerSeed;

public static class PoolingByAttention
{
    public static double[,] Pool(double[][] seeds, double[][] set, out double[][] pooled)
    {
        int n = set.Length, k = seeds.Length, d = seeds[0].Length;
        double scale = 1.0 / Math.Sqrt(d);
        var a = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            for (int s = 0; s < k; s++)
            {
                double dot = 0;
                for (int c = 0; c < d; c++)
                {
                    dot += set[i][c] * seeds[s][c];
                }

                a[i, s] = dot * scale;
            }
        }

        for (int s = 0; s < k; s++)
        {
            double mx = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                if (a[i, s] > mx) mx = a[i, s];
            }

            double z = 0;
            for (int i = 0; i < n; i++)
            {
                a[i, s] = Math.Exp(a[i, s] - mx);
                z += a[i, s];
            }

            for (int i = 0; i < n; i++)
            {
                a[i, s] /= z;
            }
        }

        pooled = new double[k][];
        for (int s = 0; s < k; s++)
        {
            pooled[s] = new double[d];
            for (int i = 0; i < n; i++)
            {
                for (int c = 0; c < d; c++)
                {
                    pooled[s][c] += a[i, s] * set[i][c];
                }
            }
        }

        return a;
    }
}
