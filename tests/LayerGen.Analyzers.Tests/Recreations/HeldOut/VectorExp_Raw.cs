// Variant (our own code) of a Vector<float> softmax (justinamiller/SmallMind SoftmaxOps style) using .NET 9's
// Vector.Exp: the chunks and the scalar tail are exponentiated with nothing subtracted.
// Layout: 1D Span<float>, Vector<float> chunks. Bug (LG0003): both exps are unshifted.
using System;
using System.Numerics;

namespace HeldOut.VectorExpRaw;

public static class VectorSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y)
    {
        int width = Vector<float>.Count;
        var lanes = Vector<float>.Zero;
        int i = 0;
        for (; i <= x.Length - width; i += width)
        {
            var e = Vector.Exp(new Vector<float>(x.Slice(i, width))); //~ LG0003
            e.CopyTo(y.Slice(i, width));
            lanes += e;
        }

        float sum = Vector.Sum(lanes);
        for (; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i]); //~ LG0003
            sum += y[i];
        }

        for (int j = 0; j < y.Length; j++)
        {
            y[j] /= sum;
        }
    }
}
