// Idiom: System.Numerics.Tensors TensorPrimitives (Max/Subtract/Exp/Sum/Divide) over Span<float> row slices.
// Use: scaled dot-product attention weights, one distribution per query row.
// Layout: flat row-major float[queries * keys], row = scores.AsSpan(q * keys, keys).
// Label: Correct.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut27;

public static class SpanPrimitivesAttention
{
    /// <summary>Writes softmax(scores[q, :]) into weights for every query row.</summary>
    public static void AttentionWeights(float[] scores, float[] weights, int queries, int keys)
    {
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = scores.AsSpan(q * keys, keys);
            Span<float> target = weights.AsSpan(q * keys, keys);
            float peak = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, peak, target);
            TensorPrimitives.Exp(target, target);
            float mass = TensorPrimitives.Sum(target);
            TensorPrimitives.Divide(target, mass, target);
        }
    }
}
