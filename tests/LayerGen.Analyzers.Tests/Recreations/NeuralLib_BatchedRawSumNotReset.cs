// Variant (our own code) of Softmax.Apply in nokiiaa/NeuralLib, Maths/Softmax.cs (exp of raw values, one sum,
// reciprocal multiply) written per row of a [batch, classes] flat buffer, with the sum declared once before
// the row loop.
// Layout: flat float[], index r * classes + c. Two bugs: exp of raw values with no max (LG0003, both exp
// calls) and a sum that is never reset between rows (LG0002).
using System;

namespace Recreations.NeuralLibBatchedRawSumNotReset;

public static class BatchApply
{
    public static float[] Apply(float[] values, int classes)
    {
        var result = new float[values.Length];
        int rows = values.Length / classes;
        float sumExp = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < classes; c++)
            {
                sumExp += (float)Math.Exp(values[r * classes + c]); //~ LG0002 LG0003
            }

            float inverse = 1f / sumExp;
            for (int c = 0; c < classes; c++)
            {
                result[r * classes + c] = (float)Math.Exp(values[r * classes + c]) * inverse; //~ LG0003
            }
        }

        return result;
    }
}
