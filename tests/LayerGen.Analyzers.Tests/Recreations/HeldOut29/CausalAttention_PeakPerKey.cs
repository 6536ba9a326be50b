// Idiom: causal attention softmax over scores stored key-major (computed as K·Qᵀ, so s[k, q] is key k against query q);
// query q attends to keys k <= q. Use: decoder self-attention weights. Layout: float[keys, queries], key-major.
// Bug (LG0004): the max is taken per key along its row of the storage (over the queries that see it), the natural
// contiguous walk, while the sum runs per query over its keys: max over queries, sum over keys.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Causal attention over key-major scores whose shift is a per-key peak.</summary>
public static class CausalPeakPerKey
{
    /// <summary>Writes w[k, q] = softmax over k &lt;= q of s[k, q] for every query q.</summary>
    public static void Forward(float[,] s, float[,] w)
    {
        int t = s.GetLength(0);
        float[] keyPeak = new float[t];
        for (int k = 0; k < t; k++)
        {
            float peak = float.NegativeInfinity;
            for (int q = k; q < t; q++)
            {
                peak = MathF.Max(peak, s[k, q]); //~ LG0004
            }

            keyPeak[k] = peak;
        }

        for (int q = 0; q < t; q++)
        {
            float sum = 0f;
            for (int k = 0; k <= q; k++)
            {
                w[k, q] = MathF.Exp(s[k, q] - keyPeak[k]);
                sum += w[k, q];
            }

            for (int k = 0; k < t; k++)
            {
                w[k, q] = k <= q ? w[k, q] / sum : 0f;
            }
        }
    }
}
