// Variant (our own code) of MathFunctions.Softmax in Yoka346/Kalmia (Kalmia/MathFunctions.cs) as it would read
// with the maximum subtracted: the same chained `sum += y[i] = MathF.Exp(...)`, maximum found with foreach.
// Layout: 1D ReadOnlySpan<float> -> Span<float>. Correct.
using System;

namespace HeldOut.KalmiaAssignChainShifted;

public static class MathFunctions
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> y)
    {
        var max = float.NegativeInfinity;
        foreach (var v in x)
        {
            max = MathF.Max(max, v);
        }

        var sum = 0.0f;
        for (var i = 0; i < x.Length; i++)
        {
            sum += y[i] = MathF.Exp(x[i] - max);
        }

        for (var i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }
}
