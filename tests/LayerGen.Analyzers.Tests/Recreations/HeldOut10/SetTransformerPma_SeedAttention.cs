// Re-creation (our own code) of the shape of Set Transformer's pooling by multihead attention (Lee et al. 2019, PMA:
// S learned seed vectors attend over the set's N elements, A = softmax(S Kᵀ / √d) row by row).
// Layout: float[S, d] seeds (rank 2), IReadOnlyList<float[]> keys (one d-vector per set element), attention to
// float[S][N] through a static local function per seed.
// Correct: each seed's scaled scores are shifted by that seed's maximum over the elements.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public static class SetTransformerPmaSeedAttention
{
    public static float[][] Attention(float[,] seeds, IReadOnlyList<float[]> keys)
    {
        int seedCount = seeds.GetLength(0);
        int dim = seeds.GetLength(1);
        float scale = 1f / MathF.Sqrt(dim);
        var attention = new float[seedCount][];
        for (int s = 0; s < seedCount; s++)
            attention[s] = SeedRow(seeds, s, keys, scale);
        return attention;

        static float[] SeedRow(float[,] seeds, int s, IReadOnlyList<float[]> keys, float scale)
        {
            var row = new float[keys.Count];
            float max = float.NegativeInfinity;
            for (int n = 0; n < keys.Count; n++)
            {
                float dot = 0f;
                for (int k = 0; k < keys[n].Length; k++)
                    dot += seeds[s, k] * keys[n][k];
                row[n] = dot * scale;
                max = MathF.Max(max, row[n]);
            }

            float sum = 0f;
            for (int n = 0; n < row.Length; n++)
            {
                row[n] = MathF.Exp(row[n] - max);
                sum += row[n];
            }

            for (int n = 0; n < row.Length; n++)
                row[n] /= sum;
            return row;
        }
    }
}
