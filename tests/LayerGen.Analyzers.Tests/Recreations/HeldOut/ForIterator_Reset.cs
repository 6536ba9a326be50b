// Re-creation (our own code) of the compact C-style row softmax of harujoh/KelpNet (Softmax.SingleInputForward, an
// index offset advanced per batch row) where the per-row state is reset in the for statement's iterator list,
// `r++, offset += cols, max = float.NegativeInfinity, sum = 0f`, after each row.
// Layout: flat float[], offset advanced per row; reset in the for iterator. Correct.
using System;

namespace HeldOut.ForIteratorReset;

public static class CompactSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        float max = float.NegativeInfinity;
        float sum = 0f;
        for (int r = 0, offset = 0; r < rows; r++, offset += cols, max = float.NegativeInfinity, sum = 0f)
        {
            for (int j = 0; j < cols; j++)
            {
                max = MathF.Max(max, x[offset + j]);
            }

            for (int j = 0; j < cols; j++)
            {
                y[offset + j] = MathF.Exp(x[offset + j] - max);
                sum += y[offset + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[offset + j] /= sum;
            }
        }
    }
}
