// HeldOut60 — idiom: Parallel.For over the samples (columns) of a column-major output, Z = W·X with [classes, batch]
// (a port of a MATLAB/NumPy network whose activations keep one sample per column).
// Layout: float[classes, batch] column-major, float.Exp; each softmax runs down a column.
// Correct: max and sum both over the classes of one sample.
using System;
using System.Threading.Tasks;

namespace HeldOut60.ParallelColumns_SamplePeak;

public static class ColumnSoftmax
{
    public static void Apply(float[,] z, float[,] a)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        Parallel.For(0, batch, s =>
        {
            float max = z[0, s];
            for (int k = 1; k < classes; k++)
            {
                max = Math.Max(max, z[k, s]);
            }

            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                a[k, s] = float.Exp(z[k, s] - max);
                sum += a[k, s];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= sum;
            }
        });
    }
}
