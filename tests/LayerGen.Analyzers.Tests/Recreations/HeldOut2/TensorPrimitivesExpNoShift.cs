// Re-creates: a vectorised softmax written with TensorPrimitives.Exp on the raw logits (no max), as in quick .NET ML demos
// Layout: 1-D ReadOnlySpan<float> in, Span<float> out
// Expected: LG0003 — TensorPrimitives.Exp of raw logits
using System;
using System.Numerics.Tensors;

namespace HeldOut2.TensorPrimitivesExpNoShift;

public static class FastSoftmax
{
    public static void Compute(ReadOnlySpan<float> logits, Span<float> destination)
    {
        TensorPrimitives.Exp(logits, destination); //~ LG0003
        float sum = TensorPrimitives.Sum(destination);
        TensorPrimitives.Divide(destination, sum, destination);
    }
}
