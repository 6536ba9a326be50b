// expect: gradient
// A cubic in t = tanh(x) evaluated with Math.FusedMultiplyAdd (as performance-minded ports of polynomial activations
// write Horner's rule): p = fma(fma(fma(c3, t, c2), t, c1), t, c0). Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class FmaTanhCubic
{
    const double C0 = 0.1, C1 = 1.2, C2 = -0.3, C3 = 0.45;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double t = Math.Tanh(x[i]);
            y[i] = Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(Math.FusedMultiplyAdd(C3, t, C2), t, C1), t, C0);
        }
    }
}
