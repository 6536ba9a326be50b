// Idiom: point-cloud k-NN attention with a Dot helper over spans, one weight vector per point
// Layout: jagged int[][] neighbour indices, float[][] queries/keys, float[][] weights
// Bug (LG0003): exp of the raw scaled dot product, no max subtracted before the per-point normalisation
using System;

namespace HeldOut37.KnnAttention_RawExp;

public static class KnnAttention
{
    public static float[][] NeighbourWeights(float[][] queries, float[][] keys, int[][] neighbours)
    {
        var result = new float[queries.Length][];
        for (int p = 0; p < queries.Length; p++)
        {
            int[] nbrs = neighbours[p];
            float scale = 1f / MathF.Sqrt(queries[p].Length);
            var w = new float[nbrs.Length];
            float z = 0f;
            for (int s = 0; s < nbrs.Length; s++)
            {
                float score = Dot(queries[p], keys[nbrs[s]]) * scale;
                w[s] = MathF.Exp(score); //~ LG0003
                z += w[s];
            }

            for (int s = 0; s < w.Length; s++)
            {
                w[s] /= z;
            }

            result[p] = w;
        }

        return result;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float acc = 0f;
        for (int i = 0; i < a.Length; i++)
        {
            acc += a[i] * b[i];
        }

        return acc;
    }
}
