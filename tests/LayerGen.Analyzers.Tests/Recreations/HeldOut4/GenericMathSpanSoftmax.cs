// Source: generic-math activations in C# libraries (ooples/AiDotNet-style INumericOperations, .NET 7+ generic math
// ports of NumSharp helpers): one softmax body for float and double over a span.
// Layout: 1-D Span<T>, T : IFloatingPointIeee754<T>; T.NegativeInfinity seed, T.Max fold; called per row by callers.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.HeldOut4.GenericMathSpanSoftmax;

public static class GenericSoftmax
{
    public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y)
        where T : IFloatingPointIeee754<T>
    {
        T max = T.NegativeInfinity;
        foreach (T v in x)
            max = T.Max(max, v);

        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
            y[i] /= sum;
    }

    public static void Rows<T>(T[] x, T[] y, int rows, int cols)
        where T : IFloatingPointIeee754<T>
    {
        for (int r = 0; r < rows; r++)
            Forward<T>(x.AsSpan(r * cols, cols), y.AsSpan(r * cols, cols));
    }
}
