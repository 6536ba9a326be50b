// Performance kernels (perfgaps, after HeldOut31): correct per-row statistics in kernel spellings.
// Layout: flat float[rows * n], row r = x.AsSpan(r * n, n).
// Correct: each row's max is stored in the row's own slot (tile of 8 rows, or one slot per row) and read back by
// the same row; the unrolled partial sums are added into a total that starts at zero for every row.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Recreations.PerfKernels;

/// <summary>Kernels whose per-row statistics stay per row.</summary>
public static class RowSlotStats
{
    /// <summary>Tile of 8 rows: pass 1 stores each row's max by its index in the tile.</summary>
    public static void TileSlots(float[] x, float[] y, int rows, int n)
    {
        Span<float> rowMax = stackalloc float[8];
        ReadOnlySpan<float> all = x;
        for (int t = 0; t < rows; t += 8)
        {
            int count = Math.Min(8, rows - t);
            for (int i = 0; i < count; i++)
            {
                rowMax[i] = TensorPrimitives.Max(all.Slice((t + i) * n, n));
            }

            for (int i = 0; i < count; i++)
            {
                Span<float> outRow = y.AsSpan((t + i) * n, n);
                TensorPrimitives.Subtract(x.AsSpan((t + i) * n, n), rowMax[i], outRow);
                TensorPrimitives.Exp(outRow, outRow);
                float sum = TensorPrimitives.Sum(outRow);
                TensorPrimitives.Divide(outRow, sum, outRow);
            }
        }
    }

    /// <summary>One slot per row, the row read through MemoryMarshal.</summary>
    public static void RowSlots(float[] x, float[] y, int rows, int n)
    {
        var rowMax = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            rowMax[r] = TensorPrimitives.Max(MemoryMarshal.CreateReadOnlySpan(ref x[r * n], n));
        }

        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                y[r * n + j] = MathF.Exp(x[r * n + j] - rowMax[r]);
                sum += y[r * n + j];
            }

            for (int j = 0; j < n; j++)
            {
                y[r * n + j] /= sum;
            }
        }
    }

    /// <summary>Unrolled by 2 with two partial sums, added into a total reset per row.</summary>
    public static void PartialTotals(float[] x, float[] y, int rows, int n)
    {
        float total, s0, s1;
        for (int r = 0; r < rows; r++)
        {
            int b = r * n;
            float max = TensorPrimitives.Max(x.AsSpan(b, n));
            total = 0f;
            s0 = s1 = 0f;
            int k = 0;
            for (; k + 2 <= n; k += 2)
            {
                y[b + k] = MathF.Exp(x[b + k] - max);
                y[b + k + 1] = MathF.Exp(x[b + k + 1] - max);
                s0 += y[b + k];
                s1 += y[b + k + 1];
            }

            for (; k < n; k++)
            {
                y[b + k] = MathF.Exp(x[b + k] - max);
                s0 += y[b + k];
            }

            total += s0 + s1;
            for (k = 0; k < n; k++)
            {
                y[b + k] /= total;
            }
        }
    }
}
