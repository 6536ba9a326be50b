// Variant (our own code) of range-partitioned parallel row softmax (Parallel.ForEach over Partitioner.Create(0, rows)):
// the maximum is declared per range, outside the row loop of the range, so it spans every row of the range (and the
// result depends on how the rows were partitioned).
// Layout: flat float[], rows at i * cols, rows grouped into ranges. Bug (LG0001): max per range, not per row.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut.PartitionerMaxPerRange;

public static class RangeSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        Parallel.ForEach(Partitioner.Create(0, rows), range =>
        {
            float max = float.NegativeInfinity;
            for (int i = range.Item1; i < range.Item2; i++)
            {
                for (int j = 0; j < cols; j++)
                {
                    max = MathF.Max(max, x[i * cols + j]); //~ LG0001
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
