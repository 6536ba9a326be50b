// HeldOut15 — DynamicViT_KeepMaskAttention
// Source: DynamicViT token sparsification (Rao et al. 2021; raoyongming/DynamicViT
// `softmax_with_policy`): keys dropped by the keep policy get no attention; every token still
// attends to itself; eps/N smoothing on the numerator, eps on the denominator.
// Layout: unsafe float* scores [batch · heads · tokens · tokens] (query-major), keep policy
// float* [batch · tokens] (1 kept, 0 dropped); softmax over the allowed keys of each query.
// Correct: the peak runs over the allowed keys of the query only (dropped keys never enter it).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static unsafe class DynamicViT_KeepMaskAttention
{
    /// <summary>Policy-masked attention probabilities, written to probs (same shape as scores).</summary>
    public static void SoftmaxWithPolicy(float* scores, float* keep, float* probs, int batch, int heads, int tokens)
    {
        const float eps = 1e-6f;
        for (int b = 0; b < batch; b++)
        {
            float* policy = keep + b * tokens;
            for (int h = 0; h < heads; h++)
            {
                for (int i = 0; i < tokens; i++)
                {
                    float* row = scores + ((b * heads + h) * tokens + i) * tokens;
                    float* outRow = probs + ((b * heads + h) * tokens + i) * tokens;
                    float peak = float.NegativeInfinity;
                    for (int j = 0; j < tokens; j++)
                        if ((policy[j] > 0f || j == i) && row[j] > peak) peak = row[j];
                    float z = 0f;
                    for (int j = 0; j < tokens; j++)
                    {
                        float allowed = j == i ? 1f : policy[j];
                        outRow[j] = allowed > 0f ? MathF.Exp(row[j] - peak) * allowed : 0f;
                        z += outRow[j];
                    }
                    for (int j = 0; j < tokens; j++) outRow[j] = (outRow[j] + eps / tokens) / (z + eps);
                }
            }
        }
    }
}
