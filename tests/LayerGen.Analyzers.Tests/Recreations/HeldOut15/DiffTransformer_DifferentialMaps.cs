// HeldOut15 — DiffTransformer_DifferentialMaps
// Source: Differential Transformer (Ye et al. 2024; microsoft/unilm `Diff-Transformer`
// `MultiheadDiffAttn`): the attention map is softmax(Q₁K₁ᵀ) − λ·softmax(Q₂K₂ᵀ), per head.
// Layout: two score tensors float[heads, queries, keys] (rank 3); softmax over the keys axis (the
// last) of every (head, query) in each tensor; the differential map float[heads, queries, keys].
// Correct: each of the two maps subtracts its own per-(head, query) maximum and sum.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DiffTransformer_DifferentialMaps
{
    /// <summary>softmax(first) − λ softmax(second) over the keys axis, per head and query.</summary>
    public static float[,,] DifferentialMap(float[,,] first, float[,,] second, float lambda)
    {
        int heads = first.GetLength(0), queries = first.GetLength(1), keys = first.GetLength(2);
        var map = new float[heads, queries, keys];
        Span<float> a = stackalloc float[keys];
        Span<float> b = stackalloc float[keys];
        for (int h = 0; h < heads; h++)
        {
            for (int q = 0; q < queries; q++)
            {
                float m1 = float.NegativeInfinity, m2 = float.NegativeInfinity;
                for (int k = 0; k < keys; k++)
                {
                    m1 = MathF.Max(m1, first[h, q, k]);
                    m2 = MathF.Max(m2, second[h, q, k]);
                }
                float z1 = 0f, z2 = 0f;
                for (int k = 0; k < keys; k++)
                {
                    a[k] = MathF.Exp(first[h, q, k] - m1);
                    b[k] = MathF.Exp(second[h, q, k] - m2);
                    z1 += a[k];
                    z2 += b[k];
                }
                for (int k = 0; k < keys; k++)
                    map[h, q, k] = a[k] / z1 - lambda * (b[k] / z2);
            }
        }
        return map;
    }
}
