// Idiom: a generic layer class over generic math — `SoftmaxLayer<T> where T : IFloatingPointIeee754<T>` with the width
// in a readonly field; one-pass online max/denominator (`T.Exp(m - v)` rescales when a new max appears), `T.Exp`.
// Use: a float/double softmax layer written once.
// Layout: flat ReadOnlySpan<T>/Span<T>, row-major, row `offset` every `_width`.
// Correct: the running max and denominator restart per slice; every exponent is ≤ 0.
// Our own code.
#nullable enable
using System;
using System.Numerics;

namespace HeldOut74.GenericLayer_OnlineStatic;

public sealed class SoftmaxLayer<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly int _width;

    public SoftmaxLayer(int width) => _width = width;

    public void Forward(ReadOnlySpan<T> input, Span<T> output)
    {
        for (int offset = 0; offset < input.Length; offset += _width)
        {
            ReadOnlySpan<T> slice = input.Slice(offset, _width);
            T m = T.NegativeInfinity;
            T d = T.Zero;
            foreach (T v in slice)
            {
                if (v > m)
                {
                    d = d * T.Exp(m - v) + T.One;
                    m = v;
                }
                else
                {
                    d += T.Exp(v - m);
                }
            }

            for (int i = 0; i < _width; i++)
            {
                output[offset + i] = T.Exp(slice[i] - m) / d;
            }
        }
    }
}
