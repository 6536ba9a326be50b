// Source: Vector<float> softmax in C# hobby frameworks (scalar exps into the output, vector lane sum, vector scale;
// the "stable" variant skipped), re-created on one row span.
// Layout: 1-D float span (one softmax), called per row by the caller.
// Bug LG0003: MathF.Exp of the raw logits, with no max subtracted, before the lane-summed normalisation.
using System;
using System.Numerics;

namespace HeldOut6.VectorTRawExpLaneSum;

public static class FastSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i]); //~ LG0003
        }

        int width = Vector<float>.Count;
        var acc = Vector<float>.Zero;
        int j = 0;
        for (; j + width <= y.Length; j += width)
        {
            acc += new Vector<float>(y.Slice(j, width));
        }

        float sum = Vector.Sum(acc);
        for (; j < y.Length; j++) sum += y[j];

        float inv = 1f / sum;
        for (int i = 0; i < y.Length; i++) y[i] *= inv;
    }

    public static void Rows(float[] x, float[] y, int cols)
    {
        for (int o = 0; o < x.Length; o += cols)
        {
            Forward(x.AsSpan(o, cols), y.AsSpan(o, cols));
        }
    }
}
