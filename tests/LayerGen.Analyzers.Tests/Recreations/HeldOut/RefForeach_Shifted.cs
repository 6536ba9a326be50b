// Re-creation (our own code) of the in-place span softmax of nijnstein/NN01 (MathEx.Softmax(this Span<float>)) with
// C# 7.3 ref foreach loops: each element is replaced by its shifted exp through the ref iteration variable.
// Layout: 1D Span<float>, `foreach (ref float v in span)`. Correct.
using System;

namespace HeldOut.RefForeachShifted;

public static class SpanSoftmax
{
    public static void InPlace(Span<float> x)
    {
        float max = float.NegativeInfinity;
        foreach (float v in x)
        {
            max = MathF.Max(max, v);
        }

        float sum = 0f;
        foreach (ref float v in x)
        {
            v = MathF.Exp(v - max);
            sum += v;
        }

        foreach (ref float v in x)
        {
            v /= sum;
        }
    }
}
