// HeldOut15 — DiffTransformer_SumOverHeadQueries
// Source: Differential Transformer (Ye et al. 2024), a loop port of the second (noise) map.
// Layout: per head a flat float[queries · keys] row-major (jagged float[heads][]); softmax over keys.
// Bug (LG0002): the second map's denominator is declared per head, above the query loop, so it
// keeps summing over every query row of the head; the first map is normalised correctly.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DiffTransformer_SumOverHeadQueries
{
    /// <summary>softmax(first) − λ softmax(second) per head and query row.</summary>
    public static float[][] DifferentialMap(float[][] first, float[][] second, int keys, float lambda)
    {
        var map = new float[first.Length][];
        for (int h = 0; h < first.Length; h++)
        {
            float[] s1 = first[h], s2 = second[h];
            map[h] = new float[s1.Length];
            int queries = s1.Length / keys;
            var noise = new float[keys];
            float z2 = 0f;
            for (int q = 0; q < queries; q++)
            {
                int o = q * keys;
                float m1 = s1[o], m2 = s2[o];
                for (int k = 1; k < keys; k++)
                {
                    if (s1[o + k] > m1) m1 = s1[o + k];
                    if (s2[o + k] > m2) m2 = s2[o + k];
                }
                float z1 = 0f;
                for (int k = 0; k < keys; k++) z1 += MathF.Exp(s1[o + k] - m1);
                for (int k = 0; k < keys; k++)
                {
                    noise[k] = MathF.Exp(s2[o + k] - m2);
                    z2 += noise[k]; //~ LG0002
                }
                for (int k = 0; k < keys; k++)
                    map[h][o + k] = MathF.Exp(s1[o + k] - m1) / z1 - lambda * noise[k] / z2;
            }
        }
        return map;
    }
}
