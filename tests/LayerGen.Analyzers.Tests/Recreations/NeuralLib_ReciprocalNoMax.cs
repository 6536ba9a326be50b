// Re-creation (our own code) of Softmax.Apply in nokiiaa/NeuralLib, Maths/Softmax.cs.
// Layout: one flat float vector (the values of an n-d array treated as one distribution). The sum of
// exps is inverted once and multiplied in. Bug: exp of raw values, no max; (float)Math.Exp overflows to
// infinity above ~88 and the output becomes NaN. Two exp calls, both un-shifted.
using System;

namespace Recreations.NeuralLibReciprocalNoMax;

public static class FlatSoftmax
{
    public static float[] Apply(float[] values)
    {
        var result = new float[values.Length];
        float sumExp = 0;
        for (int i = 0; i < values.Length; i++)
        {
            sumExp += (float)Math.Exp(values[i]); //~ LG0003
        }

        float inverse = 1f / sumExp;
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = (float)Math.Exp(values[i]) * inverse; //~ LG0003
        }

        return result;
    }
}
