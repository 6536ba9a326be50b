// Idiom: generic math with `T.MaxNumber` folds stored in a per-class array `T[] peaks` (one slot per class), then
// `T.Exp` over a flat span with a per-sample sum.
// Use: class probabilities per sample. Layout: flat row-major `ReadOnlySpan<T>` of `batch · classes`.
// Bug LG0004: each peak runs over the batch (one per class, down a column) while each sum runs over the classes of one
// sample: the max and the sum are taken along different axes.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.GenericMaxNumber_ClassPeaks;

public static class ClassPeakSoftmax
{
    public static T[] Apply<T>(ReadOnlySpan<T> x, int classes)
        where T : IFloatingPointIeee754<T>
    {
        int batch = x.Length / classes;
        var peaks = new T[classes];
        peaks.AsSpan().Fill(T.NegativeInfinity);
        for (int b = 0; b < batch; b++)
        {
            for (int c = 0; c < classes; c++)
            {
                peaks[c] = T.MaxNumber(peaks[c], x[b * classes + c]); //~ LG0004
            }
        }

        var y = new T[x.Length];
        for (int b = 0; b < batch; b++)
        {
            T total = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                y[b * classes + c] = T.Exp(x[b * classes + c] - peaks[c]);
                total += y[b * classes + c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[b * classes + c] /= total;
            }
        }

        return y;
    }

    public static double[] ApplyDouble(double[] x, int classes) => Apply<double>(x, classes);
}
