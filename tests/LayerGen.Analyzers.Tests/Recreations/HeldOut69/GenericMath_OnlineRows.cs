// Idiom: generic math (C# 11+): `T : IFloatingPointIeee754<T>`, `T.Max`, `T.Exp`, `T.Zero`, `T.NegativeInfinity`.
// Use: a one-pass (online) softmax kernel for float and double rows.
// Layout: flat ReadOnlySpan<T> row-major, rows of `width`.
// Correct: online softmax per row — the running sum is rescaled by exp(old max - new max) (never positive), the
// final exps use the row max.
// Our own code.
#nullable enable
using System;
using System.Numerics;

namespace HeldOut69.GenericMath_OnlineRows;

public static class OnlineSoftmax<T>
    where T : IFloatingPointIeee754<T>
{
    public static void Rows(ReadOnlySpan<T> x, Span<T> y, int width)
    {
        for (int o = 0; o < x.Length; o += width)
        {
            ReadOnlySpan<T> row = x.Slice(o, width);
            T m = T.NegativeInfinity;
            T s = T.Zero;
            foreach (T v in row)
            {
                T next = T.Max(m, v);
                s = s * T.Exp(m - next) + T.Exp(v - next);
                m = next;
            }

            for (int j = 0; j < width; j++) y[o + j] = T.Exp(row[j] - m) / s;
        }
    }
}
