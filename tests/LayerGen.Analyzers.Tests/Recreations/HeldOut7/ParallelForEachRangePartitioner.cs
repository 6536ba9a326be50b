// Source: the TPL range-partitioner pattern (dotnet/docs "How to: Speed Up Small Loop Bodies",
// Partitioner.Create(0, n) + Parallel.ForEach over Tuple<int, int> ranges) applied to a batch softmax, as C#
// inference code parallelises rows.
// Layout: double[] flat [rows, cols]; each range of rows is handled by one task; softmax over each row's columns.
// Correct.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut7.ParallelForEachRangePartitioner
{
    public static class ParallelRowSoftmax
    {
        public static void Forward(double[] logits, double[] probs, int cols)
        {
            int rows = logits.Length / cols;
            Parallel.ForEach(Partitioner.Create(0, rows), range =>
            {
                for (int r = range.Item1; r < range.Item2; r++)
                {
                    int o = r * cols;
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < cols; c++)
                    {
                        m = Math.Max(m, logits[o + c]);
                    }

                    double s = 0;
                    for (int c = 0; c < cols; c++)
                    {
                        probs[o + c] = Math.Exp(logits[o + c] - m);
                        s += probs[o + c];
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        probs[o + c] /= s;
                    }
                }
            });
        }
    }
}
