// Accumulators kept in constant slots of a small local buffer (our own variants of HeldOut3's
// StackallocStatsMaxNotReset): the running max or the sum lives in stats[0] / stats[1] of an array or a stackalloc'd
// span, seeded once before the row loop and never reset per row. Layout: flat [rows, cols] row-major (and [rows, cols]
// 2-D); softmax axis = cols. Bugs: LG0001 (max slot carried across rows), LG0002 (sum slot carried across rows).
using System;

namespace Recreations.BufferSlotsTooWide;

public static class SlotSoftmax
{
    // double[] slots, max by a branch over flat x[r * n + c], seeded once.
    public static void ArrayMaxSlot(double[] x, double[] y, int rows, int n)
    {
        var stats = new double[2];
        stats[0] = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < n; c++)
            {
                if (x[r * n + c] > stats[0]) stats[0] = x[r * n + c]; //~ LG0001
            }

            stats[1] = 0.0;
            for (int c = 0; c < n; c++)
            {
                y[r * n + c] = Math.Exp(x[r * n + c] - stats[0]);
                stats[1] += y[r * n + c];
            }

            for (int c = 0; c < n; c++)
            {
                y[r * n + c] /= stats[1];
            }
        }
    }

    // stackalloc'd slots over a 2-D buffer: the max slot is reset per row, the sum slot (index 2) is not.
    public static void SpanSumSlot(float[,] x, float[,] y)
    {
        Span<float> acc = stackalloc float[3];
        acc[2] = 0f;
        for (int r = 0; r < x.GetLength(0); r++)
        {
            acc[0] = float.MinValue;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                acc[0] = MathF.Max(acc[0], x[r, c]);
            }

            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = MathF.Exp(x[r, c] - acc[0]);
                acc[2] += y[r, c]; //~ LG0002
            }

            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] /= acc[2];
            }
        }
    }

    // A slot of a span over the caller's scratch array: the max, written as a ternary, seeded once.
    public static void ScratchTernaryMax(float[] x, float[] y, float[] scratch, int rows, int cols)
    {
        Span<float> stats = scratch.AsSpan(0, 2);
        stats[0] = float.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                float v = x[r * cols + c];
                stats[0] = v > stats[0] ? v : stats[0]; //~ LG0001
            }

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - stats[0]);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] /= sum;
            }
        }
    }
}
