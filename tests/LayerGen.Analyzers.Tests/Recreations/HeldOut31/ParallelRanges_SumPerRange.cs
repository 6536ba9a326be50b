// Idiom: Parallel.ForEach over Partitioner row ranges with the accumulators declared once per range (per task)
// rather than per row (batched inference on a thread pool); precomputed row offsets.
// Layout: flat float[rows * n]; rowStart[r] = r * n; rows r in [range.Item1, range.Item2).
// Bug LG0002: the sum runs over every row of the range, not one row (the max is reset per row).
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut31.ParallelRanges;

/// <summary>Partitioned parallel batched softmax with a per-range sum.</summary>
public static class RangeSumSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        int[] rowStart = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            rowStart[r] = r * n;
        }

        Parallel.ForEach(Partitioner.Create(0, rows, 4), range =>
        {
            float max;
            float sum = 0f;
            for (int r = range.Item1; r < range.Item2; r++)
            {
                int o = rowStart[r];
                max = float.NegativeInfinity;
                for (int j = 0; j < n; j++)
                {
                    max = MathF.Max(max, x[o + j]);
                }

                for (int j = 0; j < n; j++)
                {
                    y[o + j] = MathF.Exp(x[o + j] - max);
                    sum += y[o + j]; //~ LG0002
                }

                for (int j = 0; j < n; j++)
                {
                    y[o + j] /= sum;
                }
            }
        });
    }
}
