// Re-creation (our own code) of range-partitioned parallel row processing (Parallel.ForEach over
// Partitioner.Create(0, rows), as performance-minded C# numeric code such as justinamiller/SmallMind's parallel
// kernels does to amortise delegate calls): each range walks its rows with a plain for loop.
// Layout: flat float[], rows at i * cols, rows grouped into ranges. Correct: max and sum per row.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut.PartitionerRows;

public static class RangeSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        Parallel.ForEach(Partitioner.Create(0, rows), range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                float max = float.NegativeInfinity;
                for (int j = 0; j < cols; j++)
                {
                    max = MathF.Max(max, x[i * cols + j]);
                }

                float sum = 0f;
                for (int j = 0; j < cols; j++)
                {
                    y[i * cols + j] = MathF.Exp(x[i * cols + j] - max);
                    sum += y[i * cols + j];
                }

                for (int j = 0; j < cols; j++)
                {
                    y[i * cols + j] /= sum;
                }
            }
        });
    }
}
