// Variant (our own code) of a generic-math batched softmax (ooples/AiDotNet's numeric-type-T style) where the
// maximum is written with the static abstract T.Max of INumber<T> and taken over the whole flat buffer first.
// Layout: flat ReadOnlySpan<T>, rows at r * cols; max via T.Max. Bug (LG0001): the maximum spans every row.
using System;
using System.Numerics;

namespace HeldOut.GenericMathTMaxGlobal;

public static class GenericSoftmax
{
    public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y, int cols)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        T max = x[0];
        for (int k = 1; k < x.Length; k++)
        {
            max = T.Max(max, x[k]); //~ LG0001
        }

        for (int r = 0; r < x.Length / cols; r++)
        {
            T sum = T.Zero;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = T.Exp(x[r * cols + j] - max);
                sum += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= sum;
            }
        }
    }
}
