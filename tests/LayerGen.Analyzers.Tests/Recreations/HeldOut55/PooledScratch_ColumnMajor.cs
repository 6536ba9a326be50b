// Idiom: `ArrayPool<double>.Shared` scratch buffer rented once for one column's exponentials, returned in `finally`;
// the activations are stored column-major as produced by `Z = W·X` (`[classes, batch]`), so each softmax runs DOWN a
// column. Layout: `double[classes, batch]`, one softmax per column. Correct.
using System;
using System.Buffers;

namespace HeldOut55.PooledScratch_ColumnMajor;

public static class ColumnSoftmax
{
    /// <summary>Softmax over the classes (first dimension) for each sample (column) of <paramref name="z"/>, in place.</summary>
    public static void SoftmaxColumns(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        double[] scratch = ArrayPool<double>.Shared.Rent(classes);
        try
        {
            for (int n = 0; n < batch; n++)
            {
                double max = double.NegativeInfinity;
                for (int k = 0; k < classes; k++)
                {
                    max = Math.Max(max, z[k, n]);
                }

                double sum = 0.0;
                for (int k = 0; k < classes; k++)
                {
                    scratch[k] = Math.Exp(z[k, n] - max);
                    sum += scratch[k];
                }

                for (int k = 0; k < classes; k++)
                {
                    z[k, n] = scratch[k] / sum;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }
}
