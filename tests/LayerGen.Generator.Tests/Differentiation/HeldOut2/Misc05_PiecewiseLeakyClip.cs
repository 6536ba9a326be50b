// Piecewise-linear soft clip: slope 1 inside [-2.5, 2.5], slope 0.1 outside, written as an if / else if / else chain.
// Re-creates: the "leaky hard-tanh" of quantisation-aware training code (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class PiecewiseLeakyClip
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double lo = -2.5, hi = 2.5, leak = 0.1;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            if (v < lo)
                y[i] = lo + leak * (v - lo);
            else if (v > hi)
                y[i] = hi + leak * (v - hi);
            else
                y[i] = v;
        }
    }
}
