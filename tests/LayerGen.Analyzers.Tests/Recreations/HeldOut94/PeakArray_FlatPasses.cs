// Idiom: generic math in three flat passes over the whole buffer: per-row peaks stored in `T[] peaks` (filled with
// `T.Max`), then `T.Exp(x[i] - peaks[i / classes])` with per-row sums in `T[] sums`, then a divide, every pass one loop
// over all elements.
// Use: vectorisable batch softmax. Layout: flat row-major `T[]` (`batch · classes`).
// Correct: each peak and each sum belongs to one row (`i / classes`), although the loops span the buffer.
// Our own code.
using System.Numerics;

namespace HeldOut94.PeakArray_FlatPasses;

public static class FlatPasses
{
    public static T[] Softmax<T>(T[] x, int classes)
        where T : IFloatingPointIeee754<T>
    {
        int batch = x.Length / classes;
        var peaks = new T[batch];
        var sums = new T[batch];
        for (int b = 0; b < batch; b++)
        {
            peaks[b] = T.NegativeInfinity;
        }

        for (int i = 0; i < x.Length; i++)
        {
            peaks[i / classes] = T.Max(peaks[i / classes], x[i]);
        }

        var y = new T[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.Exp(x[i] - peaks[i / classes]);
            sums[i / classes] += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sums[i / classes];
        }

        return y;
    }

    public static float[] SoftmaxSingle(float[] x, int classes) => Softmax(x, classes);
}
