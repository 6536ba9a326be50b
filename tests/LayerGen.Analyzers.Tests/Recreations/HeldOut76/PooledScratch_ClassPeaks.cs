// Idiom: a pooled `double[] peaks` rented from `ArrayPool<double>.Shared`, cleared with `Array.Fill`, returned after use.
// Use: per-sample softmax over the classes. Layout: double[batch, classes] (row-major 2D array), output a new array.
// Bug (LG0004): `peaks[c]` is the max of class c over the batch, while the sum runs per sample over the classes.
// Our own code.
using System;
using System.Buffers;

namespace HeldOut76.PooledScratch_ClassPeaks;

public static class Pooled
{
    public static double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var y = new double[batch, classes];
        double[] peaks = ArrayPool<double>.Shared.Rent(classes);
        Array.Fill(peaks, double.NegativeInfinity, 0, classes);
        for (int b = 0; b < batch; b++)
        {
            for (int c = 0; c < classes; c++)
            {
                peaks[c] = Math.Max(peaks[c], x[b, c]); //~ LG0004
            }
        }

        for (int b = 0; b < batch; b++)
        {
            double sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                y[b, c] = Math.Exp(x[b, c] - peaks[c]);
                sum += y[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[b, c] /= sum;
            }
        }

        ArrayPool<double>.Shared.Return(peaks);
        return y;
    }
}
