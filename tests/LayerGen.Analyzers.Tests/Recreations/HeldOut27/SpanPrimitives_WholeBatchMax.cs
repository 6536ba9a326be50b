// Idiom: TensorPrimitives.Max over the whole flat buffer, then TensorPrimitives per-row Subtract/Exp/Sum/Divide.
// Use: cross-attention weights of a batch of queries.
// Layout: flat row-major float[queries * keys], row slices via AsSpan(q * keys, keys).
// Label: LG0001 — the maximum is taken once over every query's scores (one far-below row underflows to 0/0).
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut27;

public static class SpanPrimitivesWholeMax
{
    /// <summary>Softmax of each query row, shifted by a single maximum of the whole score buffer.</summary>
    public static void CrossAttention(float[] scores, float[] weights, int queries, int keys)
    {
        float peak = TensorPrimitives.Max(scores); //~ LG0001
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = scores.AsSpan(q * keys, keys);
            Span<float> target = weights.AsSpan(q * keys, keys);
            TensorPrimitives.Subtract(row, peak, target);
            TensorPrimitives.Exp(target, target);
            float mass = TensorPrimitives.Sum(target);
            TensorPrimitives.Divide(target, mass, target);
        }
    }
}
