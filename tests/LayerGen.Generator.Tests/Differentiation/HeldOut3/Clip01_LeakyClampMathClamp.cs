// expect: gradient
// A leaky clip (hard-tanh with a small slope outside, as in "leaky hard tanh" quantisation-aware activations):
// Math.Clamp(v, -lim, lim) plus 0.01 v. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class LeakyClamp
{
    const double Limit = 2.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = Math.Clamp(x[i], -Limit, Limit) + 0.01 * x[i];
    }
}
