// Re-creation (our own code) of the in-place span softmax of nijnstein/NN01 (MathEx.Softmax(this Span<float>), "stable"
// path) where each element is shifted and exponentiated in the same loop body, as two statements:
// `x[i] -= max; x[i] = MathF.Exp(x[i]);`.
// Layout: 1D Span<float>, in place. Correct.
using System;

namespace HeldOut.InPlaceSubtractSameLoop;

public static class SpanSoftmax
{
    public static void InPlace(Span<float> x)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            max = MathF.Max(max, x[i]);
        }

        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] -= max;
            x[i] = MathF.Exp(x[i]);
            sum += x[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            x[i] /= sum;
        }
    }
}
