// Re-creation (our own code) of batched softmax code that shifts each row in a separate pass with a plain assignment,
// `x[i][j] = x[i][j] - max`, and exponentiates in the next pass (ameritusweb/ParallelReverseAutoDiff's jagged rows).
// Layout: jagged float[][]; shift by assignment in an earlier pass. Correct.
using System;

namespace HeldOut.RowAssignShiftEarlierPass;

public static class TwoPassSoftmax
{
    public static void Forward(float[][] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < x[i].Length; j++)
            {
                max = MathF.Max(max, x[i][j]);
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                x[i][j] = x[i][j] - max;
            }

            float sum = 0f;
            for (int j = 0; j < x[i].Length; j++)
            {
                x[i][j] = MathF.Exp(x[i][j]);
                sum += x[i][j];
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                x[i][j] /= sum;
            }
        }
    }
}
