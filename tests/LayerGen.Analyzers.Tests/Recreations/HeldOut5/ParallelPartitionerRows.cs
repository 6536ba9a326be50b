// Source: batch inference post-processing in C# using Parallel.ForEach over Partitioner.Create range chunks.
// Layout: flat double[rows, cols]; softmax per row, rows split into ranges across threads.
// Correct: max and sum are locals of the row loop inside each range.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut5.ParallelPartitionerRowsNs;

public static class ParallelPartitionerRows
{
    public static void Softmax(double[] x, double[] y, int rows, int cols)
    {
        Parallel.ForEach(Partitioner.Create(0, rows), range =>
        {
            for (int r = range.Item1; r < range.Item2; r++)
            {
                int o = r * cols;
                double m = x[o];
                for (int c = 1; c < cols; c++) m = Math.Max(m, x[o + c]);
                double z = 0.0;
                for (int c = 0; c < cols; c++)
                {
                    y[o + c] = Math.Exp(x[o + c] - m);
                    z += y[o + c];
                }
                for (int c = 0; c < cols; c++) y[o + c] /= z;
            }
        });
    }
}
