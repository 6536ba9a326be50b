// Re-creation (our own code) of harujoh/KelpNet's flat batch softmax (rows at b * length) with the per-row state
// reset by a deconstructing tuple assignment, `(max, sum) = (float.NegativeInfinity, 0f);`, at the top of the row.
// Layout: flat float[], rows at b * length; reset by tuple assignment (variables declared before the loop). Correct.
using System;

namespace HeldOut.TupleAssignmentReset;

public static class TupleResetSoftmax
{
    public static void Forward(float[] x, float[] y, int length)
    {
        float max;
        float sum;
        for (int b = 0; b < x.Length / length; b++)
        {
            (max, sum) = (float.NegativeInfinity, 0f);
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
        }
    }
}
