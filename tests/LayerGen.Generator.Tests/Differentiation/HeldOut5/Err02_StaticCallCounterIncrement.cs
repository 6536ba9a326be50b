// A swish layer that counts its calls in a static field (telemetry left in from debugging): the forward mutates
// shared state, which a derived backward cannot replay.
// expect: error
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class StaticCallCounterIncrement
{
    static int s_rows;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        s_rows++; //~ LG11
        for (int i = 0; i < x.Length; i++) y[i] = x[i] / (1 + Math.Exp(-x[i]));
    }
}
