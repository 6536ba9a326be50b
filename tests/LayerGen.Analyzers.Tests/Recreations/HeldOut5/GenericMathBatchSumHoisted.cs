// Source: generic-math batch softmax in C# (T[] buffers, IFloatingPointIeee754<T>).
// Layout: flat T[rows, cols]; softmax per row.
// Bug (LG0002): the sum starts at T.Zero once before the row loop and is never reset.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut5.GenericMathBatchSumHoistedNs;

public static class GenericMathBatchSumHoisted
{
    public static void Softmax<T>(T[] x, T[] y, int rows, int cols) where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int r = 0; r < rows; r++)
        {
            T max = x[r * cols];
            for (int c = 1; c < cols; c++) max = T.Max(max, x[r * cols + c]);
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = T.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c]; //~ LG0002
            }
            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }
}
