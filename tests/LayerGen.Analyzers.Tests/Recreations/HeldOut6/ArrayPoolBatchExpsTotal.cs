// Source: pooled-buffer batch post-processing in C# inference engines (rent one buffer for all rows' exps, then
// normalise), re-created with the normaliser summed over the rented batch span.
// Layout: float[rows][cols] jagged input; rented holds all exps at r * cols + j.
// Bug LG0002: the sum runs over rented[0 .. rows * cols), every row's exps, not one row's.
using System;
using System.Buffers;

namespace HeldOut6.ArrayPoolBatchExpsTotal;

public static class PooledBatchSoftmax
{
    public static float[][] Rows(float[][] logits)
    {
        int rows = logits.Length;
        int cols = logits[0].Length;
        float[] rented = ArrayPool<float>.Shared.Rent(rows * cols);
        try
        {
            for (int r = 0; r < rows; r++)
            {
                float m = logits[r][0];
                for (int j = 1; j < cols; j++) m = MathF.Max(m, logits[r][j]);
                for (int j = 0; j < cols; j++) rented[r * cols + j] = MathF.Exp(logits[r][j] - m);
            }

            float total = 0f;
            for (int i = 0; i < rows * cols; i++)
            {
                total += rented[i]; //~ LG0002
            }

            var result = new float[rows][];
            for (int r = 0; r < rows; r++)
            {
                result[r] = new float[cols];
                for (int j = 0; j < cols; j++) result[r][j] = rented[r * cols + j] / total;
            }

            return result;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }
}
