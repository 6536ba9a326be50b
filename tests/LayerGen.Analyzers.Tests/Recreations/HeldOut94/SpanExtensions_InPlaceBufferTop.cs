// Idiom: an in-place generic extension `SoftmaxRows<T>(this Span<T> data, int width)` with `where T : INumber<T>,
// IExponentialFunctions<T>`, comparisons `data[i] > top` through the generic operators, `foreach (ref T v in ...)`.
// Use: in-place normalisation of a score buffer, one row of `width` per item. Layout: `Span<T>`, row-major.
// Bug LG0001: `top` is scanned over the whole span, every row of the buffer, before the row loop.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.SpanExtensions_InPlaceBufferTop;

public static class InPlace
{
    public static void SoftmaxRows<T>(this Span<T> data, int width)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        T top = data[0];
        for (int i = 1; i < data.Length; i++)
        {
            if (data[i] > top) top = data[i]; //~ LG0001
        }

        for (int start = 0; start < data.Length; start += width)
        {
            Span<T> row = data.Slice(start, width);
            T acc = T.Zero;
            foreach (ref T v in row)
            {
                v = T.Exp(v - top);
                acc += v;
            }

            foreach (ref T v in row)
            {
                v /= acc;
            }
        }
    }

    public static float[] Run(float[] buffer, int width)
    {
        var copy = (float[])buffer.Clone();
        copy.AsSpan().SoftmaxRows(width);
        return copy;
    }
}
