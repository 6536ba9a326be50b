// Idiom: three-pass softmax kernel: pass 1 row maxima into a small buffer, pass 2 row sums into another, pass 3 writes.
// Use: classifier rows of a batch. Layout: flat row-major float[rows * cols].
// Bug (LG0002): in pass 2 the accumulator was hoisted above the row loop next to the buffers and is never reset, so
// rowSum[r] receives the running total of rows 0..r instead of row r's sum.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Three-pass softmax whose pass-2 accumulator runs across rows.</summary>
public static class ThreePassHoistedSum
{
    /// <summary>Writes the softmax of every row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, int rows, int cols, float[] y)
    {
        float[] rowMax = new float[rows];
        float[] rowSum = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r * cols + c]);
            rowMax[r] = m;
        }

        float sum = 0f;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                sum += MathF.Exp(x[r * cols + c] - rowMax[r]); //~ LG0002
            }

            rowSum[r] = sum;
        }

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - rowMax[r]) / rowSum[r];
            }
        }
    }
}
