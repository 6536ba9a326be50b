// Idiom: `ref readonly` parameters (C# 12) with `in` arguments, `Unsafe.Add` over a row's first element.
// Use: a low-level per-row softmax kernel called on `in x[o]` / `ref y[o]` for each row of a flat batch.
// Layout: flat float[] row-major, rows of `width`; the kernel sees one row through its first element and a length.
// Correct: the kernel's max and sum cover exactly `n` elements from the row start.
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;

namespace HeldOut69.RefReadonly_RowKernel;

public static class RowKernel
{
    public static float[] Rows(float[] x, int width)
    {
        var y = new float[x.Length];
        for (int o = 0; o < x.Length; o += width)
        {
            SoftmaxRow(in x[o], ref y[o], width);
        }

        return y;
    }

    private static void SoftmaxRow(ref readonly float src, ref float dst, int n)
    {
        ref float first = ref Unsafe.AsRef(in src);
        float m = first;
        for (int j = 1; j < n; j++) m = MathF.Max(m, Unsafe.Add(ref first, j));
        float s = 0f;
        for (int j = 0; j < n; j++)
        {
            float e = MathF.Exp(Unsafe.Add(ref first, j) - m);
            Unsafe.Add(ref dst, j) = e;
            s += e;
        }

        for (int j = 0; j < n; j++) Unsafe.Add(ref dst, j) /= s;
    }
}
