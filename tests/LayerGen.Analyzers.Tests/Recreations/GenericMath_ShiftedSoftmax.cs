// Re-creation (our own code) of a generic-math softmax with the signature shape of
// dotnet/runtime TensorPrimitives.SoftMax<T> (src/libraries/System.Numerics.Tensors/src/System/Numerics/
// Tensors/netcore/TensorPrimitives.SoftMax.cs: where T : IExponentialFunctions<T>), but with the max
// subtraction the library leaves out. Layout: one vector (ReadOnlySpan<T> -> Span<T>), generic T.Exp.
// Correct: 1D softmax, max over the whole vector.
using System;
using System.Numerics;

namespace Recreations.GenericMathShiftedSoftmax;

public static class GenericSoftmax
{
    public static void Forward<T>(ReadOnlySpan<T> logits, Span<T> probabilities)
        where T : IExponentialFunctions<T>, INumber<T>
    {
        T peak = logits[0];
        for (int i = 1; i < logits.Length; i++)
        {
            peak = T.Max(peak, logits[i]);
        }

        T total = T.Zero;
        for (int i = 0; i < logits.Length; i++)
        {
            T e = T.Exp(logits[i] - peak);
            probabilities[i] = e;
            total += e;
        }

        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] /= total;
        }
    }
}
