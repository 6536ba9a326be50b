// HeldOut60 — idiom: Parallel.ForEach over Partitioner.Create(0, rows) ranges, a plain row loop inside each range
// (the range-partitioning pattern from the TPL docs, used for a cheap per-row kernel in a ranking service).
// Layout: flat float[] row-major, row r at offset r * cols.
// Correct: per row max and sum, both reset for every row of the range.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut60.PartitionerRanges_FlatRowStride;

public static class RangeSoftmax
{
    public static void Normalise(float[] x, float[] y, int rows, int cols)
    {
        Parallel.ForEach(Partitioner.Create(0, rows), range =>
        {
            for (int r = range.Item1; r < range.Item2; r++)
            {
                int offset = r * cols;
                float max = x[offset];
                for (int j = 1; j < cols; j++)
                {
                    if (x[offset + j] > max) max = x[offset + j];
                }

                float sum = 0f;
                for (int j = 0; j < cols; j++)
                {
                    y[offset + j] = MathF.Exp(x[offset + j] - max);
                    sum += y[offset + j];
                }

                float inv = 1f / sum;
                for (int j = 0; j < cols; j++)
                {
                    y[offset + j] *= inv;
                }
            }
        });
    }
}
