// Re-creation (our own code) of a vectorised softmax built from TensorPrimitives primitives
// (dotnet/runtime System.Numerics.Tensors: Max, Subtract, Exp, Sum, Divide), the stable alternative to
// TensorPrimitives.SoftMax. Layout: one vector (ReadOnlySpan<float> -> Span<float>).
// Correct: the max of the whole vector is subtracted before TensorPrimitives.Exp.
using System;
using System.Numerics.Tensors;

namespace Recreations.TensorPrimitivesShiftedPipeline;

public static class VectorisedSoftmax
{
    public static void Forward(ReadOnlySpan<float> logits, Span<float> probabilities)
    {
        float peak = TensorPrimitives.Max(logits);
        TensorPrimitives.Subtract(logits, peak, probabilities);
        TensorPrimitives.Exp(probabilities, probabilities);
        float total = TensorPrimitives.Sum(probabilities);
        TensorPrimitives.Divide(probabilities, total, probabilities);
    }
}
