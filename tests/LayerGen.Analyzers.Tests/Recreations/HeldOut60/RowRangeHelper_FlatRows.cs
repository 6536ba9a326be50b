// HeldOut60 — idiom: row ranges handed to a helper SoftmaxRows(x, y, from, to, cols), Parallel.ForEach over ranges
// (a shared kernel library whose helper is called both serially and from the parallel batch path).
// Layout: flat float[] row-major, stride cols; Partitioner.Create(0, rows, rowsPerRange).
// Correct: the helper computes each row's own max and sum.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace HeldOut60.RowRangeHelper_FlatRows;

public static class Kernels
{
    public static void ParallelSoftmax(float[] x, float[] y, int rows, int cols, int rowsPerRange)
    {
        Parallel.ForEach(Partitioner.Create(0, rows, rowsPerRange), range =>
            SoftmaxRows(x, y, range.Item1, range.Item2, cols));
    }

    public static void SoftmaxRows(float[] x, float[] y, int from, int to, int cols)
    {
        for (int row = from; row < to; row++)
        {
            int baseIndex = row * cols;
            float m = float.NegativeInfinity;
            for (int k = 0; k < cols; k++)
            {
                m = Math.Max(m, x[baseIndex + k]);
            }

            float s = 0f;
            for (int k = 0; k < cols; k++)
            {
                float e = MathF.Exp(x[baseIndex + k] - m);
                y[baseIndex + k] = e;
                s += e;
            }

            for (int k = 0; k < cols; k++)
            {
                y[baseIndex + k] /= s;
            }
        }
    }
}
