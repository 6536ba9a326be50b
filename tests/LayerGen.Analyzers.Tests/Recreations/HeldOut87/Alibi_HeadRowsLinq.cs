// Idiom: per-head attention with a linear position bias (ALiBi, -slope_h · |k - q|), a LINQ softmax per query row of
//        every head.
// Use: bidirectional encoder with ALiBi instead of position embeddings.
// Layout: jagged float[heads][queries][keys]; slopes float[heads].
// Correct: each row's biased logits shifted by their own max (biased.Max()).
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut87.Alibi_HeadRowsLinq;

public static class AlibiAttention
{
    public static float[][][] Weights(float[][][] scores, float[] slopes)
    {
        var result = new float[scores.Length][][];
        for (int h = 0; h < scores.Length; h++)
        {
            float slope = slopes[h];
            result[h] = scores[h].Select((row, q) =>
            {
                float[] biased = row.Select((s, k) => s - slope * Math.Abs(k - q)).ToArray();
                float top = biased.Max();
                float[] e = biased.Select(v => MathF.Exp(v - top)).ToArray();
                float z = e.Sum();
                return e.Select(v => v / z).ToArray();
            }).ToArray();
        }

        return result;
    }
}
