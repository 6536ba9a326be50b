// Re-creation (our own code) of a SIMD softmax in the style of justinamiller/SmallMind's SoftmaxOps (Vector<float>
// loops with a scalar tail) using the vector exp that .NET 9 added (Vector.Exp): maximum, then
// Vector.Exp(v - max) accumulated lane-wise, then a scalar tail.
// Layout: 1D Span<float>, Vector<float> chunks. Correct.
using System;
using System.Numerics;

namespace HeldOut.VectorExpShifted;

public static class VectorSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = float.NegativeInfinity;
        foreach (float v in x)
        {
            max = MathF.Max(max, v);
        }

        int width = Vector<float>.Count;
        var shift = new Vector<float>(max);
        var lanes = Vector<float>.Zero;
        int i = 0;
        for (; i <= x.Length - width; i += width)
        {
            var e = Vector.Exp(new Vector<float>(x.Slice(i, width)) - shift);
            e.CopyTo(y.Slice(i, width));
            lanes += e;
        }

        float sum = Vector.Sum(lanes);
        for (; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }

        for (int j = 0; j < y.Length; j++)
        {
            y[j] /= sum;
        }
    }
}
