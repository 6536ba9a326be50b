// Re-creation (our own code) of MathFunctions.Softmax in Yoka346/Kalmia (Reversi engine, Kalmia/MathFunctions.cs):
// a span softmax whose exp is stored and summed in one chained assignment, `sum += y[i] = MathF.Exp(x[i])`, with an
// array overload forwarding to the span one.
// Layout: 1D ReadOnlySpan<float> -> Span<float>. Bug (LG0003): raw logits exponentiated.
using System;

namespace HeldOut.KalmiaAssignChainRaw;

public static class MathFunctions
{
    public static void Softmax(float[] x, float[] y) => Softmax(x.AsSpan(), y.AsSpan());

    public static void Softmax(ReadOnlySpan<float> x, Span<float> y)
    {
        var sum = 0.0f;
        for (var i = 0; i < x.Length; i++)
        {
            sum += y[i] = MathF.Exp(x[i]); //~ LG0003
        }

        for (var i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }
}
