// Reverse cumulative product of per-step factors 1 + ½·tanh(x) (a survival/discount product to the end of the sequence,
// torch.flip(torch.cumprod(torch.flip(f, [-1]), -1), [-1])), a reverse loop with `*=`.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class ReverseCumulativeProductTanh
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double product = 1;
        for (int i = x.Length - 1; i >= 0; i--)
        {
            product *= 1 + 0.5 * Math.Tanh(x[i]);
            y[i] = product;
        }
    }
}
