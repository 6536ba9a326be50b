// Re-creates: llm.c C# ports (GPT-2 attention forward): causal softmax where each query row only reads keys
// 0..t (max and sum over the prefix) and writes zeros after it.
// Layout: flat [T, T] row-major scores, Span row slices; softmax axis = keys 0..q. float.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.CausalAttentionPrefixSoftmax;

public static class CausalAttention
{
    public static void Softmax(float[] scores, float[] weights, int t)
    {
        for (int q = 0; q < t; q++)
        {
            ReadOnlySpan<float> row = scores.AsSpan(q * t, t);
            Span<float> dst = weights.AsSpan(q * t, t);

            float max = float.NegativeInfinity;
            for (int k = 0; k <= q; k++)
            {
                max = MathF.Max(max, row[k]);
            }

            float sum = 0f;
            for (int k = 0; k <= q; k++)
            {
                float e = MathF.Exp(row[k] - max);
                dst[k] = e;
                sum += e;
            }

            float inv = sum == 0f ? 0f : 1f / sum;
            for (int k = 0; k < t; k++)
            {
                dst[k] = k <= q ? dst[k] * inv : 0f;
            }
        }
    }
}
