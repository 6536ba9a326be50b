// Idiom: TensorPrimitives.SoftMax(ReadOnlySpan<float>, Span<float>) called per row slice.
// Use: cross-encoder reranker, one distribution over the candidate passages of each query.
// Layout: flat row-major float[queries * candidates], AsSpan row slices.
// Label: LG0003 — the library call exponentiates the raw logits (no maximum subtracted): overflow to NaN above ~88.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut27;

public static class TensorSoftMaxReranker
{
    /// <summary>Passage probabilities for each query via the library softmax.</summary>
    public static void Rerank(float[] relevance, float[] probabilities, int queries, int candidates)
    {
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> row = relevance.AsSpan(q * candidates, candidates);
            TensorPrimitives.SoftMax(row, probabilities.AsSpan(q * candidates, candidates)); //~ LG0003
        }
    }
}
