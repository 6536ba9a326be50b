// Source: generic-math tensor helpers in C# (.NET 7+ `where T : IFloatingPointIeee754<T>` kernels used for both
// float and double models), re-created as a batched row softmax over spans.
// Layout: flat T span [rows, cols]; row r is Slice(r * cols, cols).
// Correct: each row slice gets T.Max-folded max, T.Exp of the shifted values and its own sum.
using System;
using System.Numerics;

namespace HeldOut6.GenericMathSpanRows;

public static class GenericRowSoftmax
{
    public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y, int cols)
        where T : IFloatingPointIeee754<T>
    {
        for (int start = 0; start < x.Length; start += cols)
        {
            ReadOnlySpan<T> row = x.Slice(start, cols);
            Span<T> dst = y.Slice(start, cols);
            T m = T.NegativeInfinity;
            foreach (T v in row) m = T.Max(m, v);

            T s = T.Zero;
            for (int j = 0; j < row.Length; j++)
            {
                dst[j] = T.Exp(row[j] - m);
                s += dst[j];
            }

            for (int j = 0; j < dst.Length; j++) dst[j] /= s;
        }
    }
}
