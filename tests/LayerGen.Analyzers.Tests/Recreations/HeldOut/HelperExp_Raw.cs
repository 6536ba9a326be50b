// LG0003 is reported at the call of the exp helper with raw logits (Exp(values[i])), not in the helper, which
// other callers may use on shifted values.
// Variant (our own code) of nokiiaa/NeuralLib's Maths/Softmax.cs (a loop of (float)Math.Exp(...) summed, then a
// multiply by the reciprocal) where the exp is wrapped in a one-line private helper, as "fast exp" code does.
// Layout: 1D float[], exp in an expression-bodied helper. Bug (LG0003): the helper receives the raw values.
using System;

namespace HeldOut.HelperExpRaw;

public static class Softmax
{
    public static float[] Apply(float[] values)
    {
        var result = new float[values.Length];
        float sum = 0f;
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = Exp(values[i]); //~ LG0003
            sum += result[i];
        }

        float inverse = 1f / sum;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] *= inverse;
        }

        return result;
    }

    private static float Exp(float v) => (float)Math.Exp(v);
}
