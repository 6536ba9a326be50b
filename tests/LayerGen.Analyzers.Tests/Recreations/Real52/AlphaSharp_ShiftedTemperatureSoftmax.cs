// Source: zimpzon/AlphaSharp AlphaSharp/AlphaUtil.cs:52 (the same method is in AlphaSharp/Util.cs:52) (re-created, not copied)
// Layout: one float[] of MCTS visit-count scores sharpened by a temperature; the LINQ maximum is subtracted in place,
// then each shifted value over the temperature is exponentiated in place, and a separate helper normalises the
// array by its LINQ sum (in double) with a guard against a zero sum.
// Label: correct — the maximum over the vector is subtracted before dividing by a positive temperature, so the
// largest exponent is 0; rows offset by ±1000 give the same probabilities.
using System;
using System.Linq;

namespace Recreations.Real52.AlphaSharpShiftedTemperatureSoftmax;

public static class SearchUtil
{
    public static float[] Softmax(float[] values, float temperature)
    {
        float maxValue = values.Max();
        for (int i = 0; i < values.Length; i++)
        {
            values[i] -= maxValue;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)Math.Exp(values[i] / temperature);
        }

        Normalize(values);
        return values;
    }

    public static void Normalize(float[] values)
    {
        double sum = values.Sum();
        if (sum == 0)
        {
            throw new InvalidOperationException("Cannot normalise an all-zero vector.");
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(values[i] / sum);
        }
    }
}
