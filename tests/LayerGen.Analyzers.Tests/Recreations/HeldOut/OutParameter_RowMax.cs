// Re-creation (our own code) of the helper-based softmax of justinamiller/SmallMind (SoftmaxOps.FindMax(row) called
// per row) written with an out parameter, as older C# numeric code returns statistics: RowMax(x, offset, n, out max).
// Layout: flat float[], row offset r * cols; the maximum comes back through `out`. Correct.
using System;

namespace HeldOut.OutParameterRowMax;

public static class OutSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int offset = r * cols;
            RowMax(x, offset, cols, out float max);
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

    private static void RowMax(float[] x, int offset, int count, out float max)
    {
        max = float.NegativeInfinity;
        for (int j = 0; j < count; j++)
        {
            max = MathF.Max(max, x[offset + j]);
        }
    }
}
