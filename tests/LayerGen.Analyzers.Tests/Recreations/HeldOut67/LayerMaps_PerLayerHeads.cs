// Idiom: attention maps of several transformer layers kept by layer name (for visualisation / attention rollout),
// each a rank-3 array [heads, queries, keys] normalised over the keys.
// Layout: Dictionary<string, float[,,]>, softmax over dimension 2 of each tensor.
// Correct: per (head, query) max and sum.
using System;
using System.Collections.Generic;

namespace HeldOut67.LayerMaps_PerLayerHeads;

public static class AttentionRollout
{
    public static Dictionary<string, float[,,]> Normalise(Dictionary<string, float[,,]> scoresByLayer)
    {
        var result = new Dictionary<string, float[,,]>();
        foreach (KeyValuePair<string, float[,,]> entry in scoresByLayer)
        {
            float[,,] s = entry.Value;
            int heads = s.GetLength(0), queries = s.GetLength(1), keys = s.GetLength(2);
            var p = new float[heads, queries, keys];
            for (int h = 0; h < heads; h++)
            {
                for (int q = 0; q < queries; q++)
                {
                    float max = s[h, q, 0];
                    for (int k = 1; k < keys; k++) max = MathF.Max(max, s[h, q, k]);
                    float sum = 0f;
                    for (int k = 0; k < keys; k++)
                    {
                        p[h, q, k] = MathF.Exp(s[h, q, k] - max);
                        sum += p[h, q, k];
                    }

                    for (int k = 0; k < keys; k++) p[h, q, k] /= sum;
                }
            }

            result[entry.Key] = p;
        }

        return result;
    }
}
