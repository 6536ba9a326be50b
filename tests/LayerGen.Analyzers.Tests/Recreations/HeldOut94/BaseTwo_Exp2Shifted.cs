// Idiom: generic base-2 softmax: `T.Exp2((v - m) * log2e)` with `log2e = T.CreateChecked(Math.Log2(Math.E))`
// (`IExponentialFunctions<T>.Exp2`), the row peak from `T.Max`, rows as `ReadOnlyMemory<T>`.
// Use: a kernel written the way fast exp2-based GPU/SIMD kernels are. Layout: `ReadOnlyMemory<T>[]`, one per row.
// Correct: 2^((v − m)·log2 e) = e^(v − m), shifted by the row peak and normalised by the row sum.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.BaseTwo_Exp2Shifted;

public static class BaseTwo
{
    public static T[][] Softmax<T>(ReadOnlyMemory<T>[] rows)
        where T : IFloatingPointIeee754<T>
    {
        T log2e = T.CreateChecked(Math.Log2(Math.E));
        var result = new T[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            ReadOnlySpan<T> row = rows[r].Span;
            T m = T.NegativeInfinity;
            foreach (T v in row)
            {
                m = T.Max(m, v);
            }

            var p = new T[row.Length];
            T l = T.Zero;
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = T.Exp2((row[j] - m) * log2e);
                l += p[j];
            }

            for (int j = 0; j < p.Length; j++)
            {
                p[j] /= l;
            }

            result[r] = p;
        }

        return result;
    }

    public static float[][] SoftmaxSingle(ReadOnlyMemory<float>[] rows) => Softmax(rows);
}
