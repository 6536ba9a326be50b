// expect: error
// Cumulative hazard written to stop at the first time it crosses 1 ("the event has happened"): the loop returns from
// ForwardRow in the middle, a data-dependent exit. Outside the subset (return inside a loop). Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class HazardFirstPassageReturnInLoop
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        y.Clear();
        double cumulative = 0;
        for (int t = 0; t < x.Length; t++)
        {
            cumulative += Math.Log(1 + Math.Exp(x[t]));
            y[t] = 1 - Math.Exp(-cumulative);
            if (cumulative > 1.0) return; //~ LG11
        }
    }
}
