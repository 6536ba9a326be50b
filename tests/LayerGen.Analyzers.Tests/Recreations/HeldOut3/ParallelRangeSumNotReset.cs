// Re-creates: a Parallel.ForEach over Partitioner.Create(0, rows, chunk) row ranges (the ML.NET / SharpLearning style
// of chunked batch loops) where the softmax sum lives in the chunk, not in the row.
// Layout: flat [rows, cols] row-major; softmax axis = cols. double.
// Bug: LG0002 (sum declared per chunk, never reset per row).
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut3.ParallelRangeSumNotReset;

public static class ChunkedSoftmax
{
    private const int RowsPerChunk = 16;

    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        Parallel.ForEach(Partitioner.Create(0, rows, RowsPerChunk), range =>
        {
            double sum = 0;
            for (int r = range.Item1; r < range.Item2; r++)
            {
                int o = r * cols;
                double max = x[o];
                for (int c = 1; c < cols; c++)
                {
                    max = Math.Max(max, x[o + c]);
                }

                for (int c = 0; c < cols; c++)
                {
                    y[o + c] = Math.Exp(x[o + c] - max);
                    sum += y[o + c]; //~ LG0002
                }

                for (int c = 0; c < cols; c++)
                {
                    y[o + c] /= sum;
                }
            }
        });
    }
}
