// Idiom: C# 14 generic extension block on ReadOnlySpan<T> (property Largest, method SoftmaxInto) called on T[] rows of a
// List (first-class spans), with `nameof(List<>)` (unbound generic) in the guard.
// Use: generic-math softmax over a list of rows.
// Layout: List<T[]>, one softmax per list entry.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut73.GenericExtensionNameof_ListRows;

public static class GenericRows
{
    extension<T>(ReadOnlySpan<T> row) where T : IFloatingPointIeee754<T>
    {
        public T Largest
        {
            get
            {
                T m = T.NegativeInfinity;
                foreach (T v in row) m = T.Max(m, v);
                return m;
            }
        }

        public void SoftmaxInto(Span<T> dst)
        {
            T m = row.Largest;
            T s = T.Zero;
            for (int i = 0; i < row.Length; i++)
            {
                dst[i] = T.Exp(row[i] - m);
                s += dst[i];
            }

            for (int i = 0; i < row.Length; i++) dst[i] /= s;
        }
    }

    public static List<T[]> Softmax<T>(List<T[]> rows) where T : IFloatingPointIeee754<T>
    {
        if (rows.Count == 0) throw new ArgumentException($"empty {nameof(List<>)}", nameof(rows));
        var result = new List<T[]>(rows.Count);
        foreach (T[] r in rows)
        {
            var d = new T[r.Length];
            r.SoftmaxInto(d);
            result.Add(d);
        }

        return result;
    }
}
