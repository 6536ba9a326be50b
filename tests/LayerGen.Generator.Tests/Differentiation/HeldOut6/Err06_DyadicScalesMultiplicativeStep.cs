// expect: error
// A multi-scale (à trous-like) circular smoothing over dyadic shifts 1, 2, 4: the loop over scales doubles its
// variable, `s *= 2`, a step that is no constant (docs: LG1113). The loop is written on one line as a NumPy port's
// one-liner. Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class DyadicScalesMultiplicativeStep
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = x[i];
        for (int s = 1; s < x.Length; s *= 2) for (int i = 0; i < x.Length; i++) y[i] += 0.5 * x[(i + s) % x.Length] / s; //~ LG11
    }
}
