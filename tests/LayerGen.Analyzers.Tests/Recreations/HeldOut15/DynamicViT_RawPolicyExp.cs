// HeldOut15 — DynamicViT_RawPolicyExp
// Source: DynamicViT token sparsification (Rao et al. 2021), `softmax_with_policy` ported without
// its `attn - max_att` line.
// Layout: scores of one image as Span<float> [heads · tokens · tokens], keep policy
// ReadOnlySpan<float> [tokens]; softmax over the allowed keys of each query, in place.
// Bug (LG0003): exp of the raw scores times the policy, no maximum subtracted (overflow above ~88).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DynamicViT_RawPolicyExp
{
    /// <summary>Policy-masked attention of one image, in place.</summary>
    public static void SoftmaxWithPolicy(Span<float> attn, ReadOnlySpan<float> keep, int heads, int tokens)
    {
        const float eps = 1e-6f;
        for (int h = 0; h < heads; h++)
        {
            for (int i = 0; i < tokens; i++)
            {
                Span<float> row = attn.Slice((h * tokens + i) * tokens, tokens);
                float z = 0f;
                for (int j = 0; j < tokens; j++)
                {
                    float allowed = j == i ? 1f : keep[j];
                    row[j] = allowed > 0f ? MathF.Exp(row[j]) * allowed : 0f; //~ LG0003
                    z += row[j];
                }
                for (int j = 0; j < tokens; j++) row[j] = (row[j] + eps / tokens) / (z + eps);
            }
        }
    }
}
