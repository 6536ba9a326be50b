// Re-creation (our own code) of what dotnet/runtime TensorPrimitives.SoftMax<T> computes
// (src/libraries/System.Numerics.Tensors/src/System/Numerics/Tensors/netcore/TensorPrimitives.SoftMax.cs:
// sum of T.Exp(x[i]), then T.Exp(x[i]) / sum), written out as a user's generic-math loop.
// Layout: one vector (ReadOnlySpan<T>), generic T.Exp. Bug: no max subtracted; float overflows above ~88,
// double above ~709 (inf/inf = NaN). Two exp calls, both un-shifted.
using System;
using System.Numerics;

namespace Recreations.GenericMathRawExp;

public static class NaiveGenericSoftmax
{
    public static void Forward<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IExponentialFunctions<T>
    {
        T expSum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            expSum += T.Exp(x[i]); //~ LG0003
        }

        for (int i = 0; i < x.Length; i++)
        {
            destination[i] = T.Exp(x[i]) / expSum; //~ LG0003
        }
    }
}
