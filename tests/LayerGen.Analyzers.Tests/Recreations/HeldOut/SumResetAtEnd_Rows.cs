// Re-creation (our own code) of harujoh/KelpNet's flat batch softmax (Softmax.SingleInputForward, rows at b * length)
// with the accumulators declared before the row loop and reset at the end of each row, after the division (the
// form the C original's `maxval = ...; sumval = 0;` bookkeeping turns into when hoisted).
// Layout: flat float[], rows at b * length; max and sum reset after their use. Correct.
using System;

namespace HeldOut.SumResetAtEndRows;

public static class TrailingResetSoftmax
{
    public static void Forward(float[] x, float[] y, int length)
    {
        float max = float.NegativeInfinity;
        float sum = 0f;
        for (int b = 0; b < x.Length / length; b++)
        {
            for (int i = 0; i < length; i++)
            {
                max = MathF.Max(max, x[b * length + i]);
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] = MathF.Exp(x[b * length + i] - max);
                sum += y[b * length + i];
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] /= sum;
            }

            max = float.NegativeInfinity;
            sum = 0f;
        }
    }
}
