// Re-creates: .NET 7+ generic-math softmax helpers (the style of TorchSharp/Tensor extension samples and blog posts
// on INumber<T>): one body for float and double, seeded with T.NegativeInfinity, T.Max and T.Exp.
// Layout: 1-D ReadOnlySpan<T> -> Span<T>, plus a batch wrapper over a flat [rows, cols] array; softmax axis = cols.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut3.GenericMathSpanSoftmax;

public static class GenericSoftmax
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> y)
        where T : IFloatingPointIeee754<T>
    {
        T max = T.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            max = T.Max(max, x[i]);
        }

        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }

    public static void Rows<T>(T[] x, T[] y, int cols)
        where T : IFloatingPointIeee754<T>
    {
        for (int o = 0; o < x.Length; o += cols)
        {
            Softmax<T>(x.AsSpan(o, cols), y.AsSpan(o, cols));
        }
    }
}
