// Correct twins of BufferSlots_TooWideReductions: max and sum kept in constant slots of a small buffer, each reset per
// row (by a write to its slot, by Fill, or because the buffer is made inside the row loop). Layout: flat [rows, cols]
// row-major and [rows, cols] 2-D; softmax axis = cols. Correct.
using System;

namespace Recreations.BufferSlotsPerRow;

public static class SlotSoftmax
{
    // stackalloc'd slots, both reset at the top of each row.
    public static void SpanSlotsReset(float[] x, float[] y, int rows, int cols)
    {
        Span<float> stats = stackalloc float[2];
        for (int r = 0; r < rows; r++)
        {
            stats[0] = float.MinValue;
            stats[1] = 0f;
            for (int c = 0; c < cols; c++)
            {
                stats[0] = MathF.Max(stats[0], x[r * cols + c]);
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - stats[0]);
                stats[1] += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] /= stats[1];
            }
        }
    }

    // Fill resets every slot per row; the sum slot is then cleared on its own.
    public static void FillResets(double[,] x, double[,] y)
    {
        Span<double> stats = stackalloc double[2];
        for (int r = 0; r < x.GetLength(0); r++)
        {
            stats.Fill(double.NegativeInfinity);
            for (int c = 0; c < x.GetLength(1); c++)
            {
                if (x[r, c] > stats[0]) stats[0] = x[r, c];
            }

            stats[1] = 0.0;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = Math.Exp(x[r, c] - stats[0]);
                stats[1] += y[r, c];
            }

            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] /= stats[1];
            }
        }
    }

    // The slot array is made per row: a new max and sum every time.
    public static void ArrayPerRow(double[] x, double[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var stats = new double[] { double.NegativeInfinity, 0.0 };
            for (int c = 0; c < cols; c++)
            {
                stats[0] = Math.Max(stats[0], x[r * cols + c]);
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = Math.Exp(x[r * cols + c] - stats[0]);
                stats[1] += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] /= stats[1];
            }
        }
    }
}
