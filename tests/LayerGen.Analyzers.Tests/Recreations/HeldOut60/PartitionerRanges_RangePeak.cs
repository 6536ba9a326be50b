// HeldOut60 — idiom: Parallel.ForEach over Partitioner.Create(0, batch, rowsPerRange) with an explicit range size
// (batch job that hands each worker a block of rows; the shift is taken once per block "to save a pass").
// Layout: double[batch, classes] row-major, nested loops over the block's rows for the maximum.
// Bug (LG0001): the maximum spans every row of the range, the sums are per row.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut60.PartitionerRanges_RangePeak;

public static class BlockSoftmax
{
    public static void Normalise(double[,] x, double[,] y, int rowsPerRange)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        Parallel.ForEach(Partitioner.Create(0, batch, rowsPerRange), block =>
        {
            double peak = double.NegativeInfinity;
            for (int r = block.Item1; r < block.Item2; r++)
            {
                for (int c = 0; c < classes; c++)
                {
                    if (x[r, c] > peak) peak = x[r, c]; //~ LG0001
                }
            }

            for (int r = block.Item1; r < block.Item2; r++)
            {
                double sum = 0.0;
                for (int c = 0; c < classes; c++)
                {
                    y[r, c] = Math.Exp(x[r, c] - peak);
                    sum += y[r, c];
                }

                for (int c = 0; c < classes; c++)
                {
                    y[r, c] /= sum;
                }
            }
        });
    }
}
