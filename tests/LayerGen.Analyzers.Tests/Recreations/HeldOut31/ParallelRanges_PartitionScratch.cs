// Idiom: Parallel.ForEach over Partitioner row ranges, one scratch row per range (per task), precomputed row
// offsets (batched inference on a thread pool).
// Layout: flat float[rows * n]; rowStart[r] = r * n computed once; rows r in [range.Item1, range.Item2).
// Correct: max and sum are locals of the row body.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut31.ParallelRanges;

/// <summary>Partitioned parallel batched softmax.</summary>
public static class PartitionedSoftmax
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
            float[] exps = new float[n];
            for (int r = range.Item1; r < range.Item2; r++)
            {
                int o = rowStart[r];
                float max = x[o];
                for (int j = 1; j < n; j++)
                {
                    if (x[o + j] > max) max = x[o + j];
                }

                float sum = 0f;
                for (int j = 0; j < n; j++)
                {
                    exps[j] = MathF.Exp(x[o + j] - max);
                    sum += exps[j];
                }

                for (int j = 0; j < n; j++)
                {
                    y[o + j] = exps[j] / sum;
                }
            }
        });
    }
}
