// Idiom: ALiBi attention, a loop per head over one flat score buffer with per-head span blocks.
// Use: causal-free ALiBi encoder (position bias -slope_h · |j - i|).
// Layout: flat float[heads · queries · keys]; head block AsSpan(h · Q · K, Q · K), row i at i · keys.
// Bug: LG0003 — the biased logits are exponentiated without subtracting the row max.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Alibi_FlatRawExp;

public static class AlibiKernel
{
    public static void Softmax(float[] scores, float[] slopes, int queries, int keys, float[] probs)
    {
        int block = queries * keys;
        for (int h = 0; h < slopes.Length; h++)
        {
            ReadOnlySpan<float> head = scores.AsSpan(h * block, block);
            Span<float> outHead = probs.AsSpan(h * block, block);
            float slope = slopes[h];
            for (int i = 0; i < queries; i++)
            {
                float z = 0f;
                for (int j = 0; j < keys; j++)
                {
                    float logit = head[i * keys + j] - slope * Math.Abs(j - i);
                    float e = MathF.Exp(logit); //~ LG0003
                    outHead[i * keys + j] = e;
                    z += e;
                }

                for (int j = 0; j < keys; j++) outHead[i * keys + j] /= z;
            }
        }
    }
}
