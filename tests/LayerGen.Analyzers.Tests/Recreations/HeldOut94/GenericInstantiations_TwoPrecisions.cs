// Idiom: one generic row helper `RowSoftmax<T>` (constraint `IFloatingPointIeee754<T>`) instantiated for float and for
// double by two callers with different layouts; the helper computes its own `T.Max` peak.
// Use: classifier heads in single and double precision. Layout: `float[]` flat row-major (single) and `double[][]`
// jagged (double).
// Correct: each caller hands the helper exactly one row.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.GenericInstantiations_TwoPrecisions;

public static class Heads
{
    private static void RowSoftmax<T>(ReadOnlySpan<T> row, Span<T> dst)
        where T : IFloatingPointIeee754<T>
    {
        T m = T.NegativeInfinity;
        for (int j = 0; j < row.Length; j++)
        {
            m = T.Max(m, row[j]);
        }

        T s = T.Zero;
        for (int j = 0; j < row.Length; j++)
        {
            s += dst[j] = T.Exp(row[j] - m);
        }

        for (int j = 0; j < dst.Length; j++)
        {
            dst[j] /= s;
        }
    }

    public static float[] SingleHead(float[] logits, int classes)
    {
        var p = new float[logits.Length];
        for (int o = 0; o < logits.Length; o += classes)
        {
            RowSoftmax<float>(logits.AsSpan(o, classes), p.AsSpan(o, classes));
        }

        return p;
    }

    public static double[][] DoubleHead(double[][] logits)
    {
        var p = new double[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = new double[logits[i].Length];
            RowSoftmax<double>(logits[i], p[i]);
        }

        return p;
    }
}
