// Variant (our own code) of the out-parameter helper softmax (justinamiller/SmallMind's FindMax pattern): the helper
// is called once on the whole buffer before the row loop, so its `out` maximum spans every row.
// Layout: flat float[], row offset r * cols; max via BufferMax(x, out max). Bug (LG0001).
using System;

namespace HeldOut.OutParameterBufferMax;

public static class OutSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        BufferMax(x, out float max); //~ LG0001
        for (int r = 0; r < rows; r++)
        {
            int offset = r * cols;
            float sum = 0f;
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

    private static void BufferMax(float[] x, out float max)
    {
        max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            max = MathF.Max(max, x[i]);
        }
    }
}
