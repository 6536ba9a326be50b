// Variant (our own code) of nijnstein/NN01's in-place span softmax (MathEx.Softmax(this Span<float>), non-"stable"
// path) with ref foreach loops: each element is replaced by the exp of its raw value.
// Layout: 1D Span<float>, `foreach (ref float v in span)`. Bug (LG0003).
using System;

namespace HeldOut.RefForeachRaw;

public static class SpanSoftmax
{
    public static void InPlace(Span<float> x)
    {
        float sum = 0f;
        foreach (ref float v in x)
        {
            v = MathF.Exp(v); //~ LG0003
            sum += v;
        }

        foreach (ref float v in x)
        {
            v /= sum;
        }
    }
}
