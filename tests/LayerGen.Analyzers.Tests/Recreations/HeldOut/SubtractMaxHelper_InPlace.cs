// Re-creation (our own code) of a softmax split into in-place helpers (nijnstein/NN01's span extension style): a void
// helper SubtractMax(row) shifts the row in place, and the caller exponentiates and normalises it.
// Layout: jagged float[][] rows; shift by a void in-place helper. Correct.
using System;

namespace HeldOut.SubtractMaxHelperInPlace;

public static class HelperSoftmax
{
    public static void Forward(float[][] batch)
    {
        foreach (float[] row in batch)
        {
            SubtractMax(row);
            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j]);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }

    private static void SubtractMax(float[] row)
    {
        float max = float.NegativeInfinity;
        foreach (float v in row)
        {
            max = MathF.Max(max, v);
        }

        for (int j = 0; j < row.Length; j++)
        {
            row[j] -= max;
        }
    }
}
