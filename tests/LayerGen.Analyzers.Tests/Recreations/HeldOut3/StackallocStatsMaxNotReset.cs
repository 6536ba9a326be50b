// Re-creates: an allocation-free batch softmax that keeps max and sum in a stackalloc'd Span<float> of two slots;
// the sum slot is cleared per row, the max slot is seeded once before the row loop.
// Layout: flat [rows, cols] row-major; softmax axis = cols. float.
// Bug: LG0001 (running max across rows).
using System;

namespace LayerGen.Recreations.HeldOut3.StackallocStatsMaxNotReset;

public static class StackSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        Span<float> stats = stackalloc float[2];
        stats[0] = float.MinValue;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
            Span<float> dst = y.AsSpan(r * cols, cols);
            stats[1] = 0f;
            foreach (float v in row)
            {
                stats[0] = MathF.Max(stats[0], v); //~ LG0001
            }

            for (int c = 0; c < cols; c++)
            {
                dst[c] = MathF.Exp(row[c] - stats[0]);
                stats[1] += dst[c];
            }

            for (int c = 0; c < cols; c++)
            {
                dst[c] /= stats[1];
            }
        }
    }
}
