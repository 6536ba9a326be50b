// Re-creates: a generic-math Softmax<T> helper from a .NET 7+ ML hobby library (INumber/IExponentialFunctions style)
// Layout: ReadOnlySpan<T> in, Span<T> out, T : IFloatingPointIeee754<T>
// Expected: LG0003 — T.Exp of raw values
using System;
using System.Numerics;

namespace HeldOut2.GenericMathNoShift;

public static class Activations
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> y)
        where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.Exp(x[i]); //~ LG0003
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }
}
