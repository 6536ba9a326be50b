// Idiom: a generic strided kernel over `ReadOnlySpan<T>` with `INumber<T>` comparisons (`if (v > m) m = v`) and
// `T.Exp`, the sample's classes read at `c * batch + b`; instantiated for double.
// Use: per-sample probabilities of a class-major score buffer. Layout: flat class-major `T[]` (`classes · batch`).
// Correct: the peak and the sum both walk the classes of one sample (stride `batch`), reset per sample.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.StridedGeneric_ClassMajor;

public static class Strided
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> y, int batch)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        int classes = x.Length / batch;
        for (int b = 0; b < batch; b++)
        {
            T m = x[b];
            for (int c = 1; c < classes; c++)
            {
                T v = x[c * batch + b];
                if (v > m) m = v;
            }

            T total = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                total += y[c * batch + b] = T.Exp(x[c * batch + b] - m);
            }

            for (int c = 0; c < classes; c++)
            {
                y[c * batch + b] /= total;
            }
        }
    }

    public static double[] SoftmaxDouble(double[] x, int batch)
    {
        var y = new double[x.Length];
        Softmax<double>(x, y, batch);
        return y;
    }
}
