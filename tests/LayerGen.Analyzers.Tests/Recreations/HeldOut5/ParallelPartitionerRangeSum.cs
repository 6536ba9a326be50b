// Source: Parallel.ForEach + Partitioner.Create(0, rows, rangeSize) batch softmax in C# post-processing.
// Layout: flat double[rows, cols]; softmax per row.
// Bug (LG0002): the denominator is declared per range (a chunk of rows), not per row.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut5.ParallelPartitionerRangeSumNs;

public static class ParallelPartitionerRangeSum
{
    public static void Softmax(double[] x, double[] y, int rows, int cols)
    {
        Parallel.ForEach(Partitioner.Create(0, rows, 2), range =>
        {
            double z = 0.0;
            for (int r = range.Item1; r < range.Item2; r++)
            {
                int o = r * cols;
                double m = x[o];
                for (int c = 1; c < cols; c++) m = Math.Max(m, x[o + c]);
                for (int c = 0; c < cols; c++)
                {
                    y[o + c] = Math.Exp(x[o + c] - m);
                    z += y[o + c]; //~ LG0002
                }
                for (int c = 0; c < cols; c++) y[o + c] /= z;
            }
        });
    }
}
