// Layer norm that also accumulates a running total of row energies into a static field under a lock (monitoring
// code); the forward writes shared state.
// expect: error
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class LockAccumulateRunningTotal
{
    static readonly object Gate = new();
    static double s_totalEnergy;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double energy = 0;
        for (int i = 0; i < x.Length; i++) energy += x[i] * x[i];
        lock (Gate) s_totalEnergy += energy; //~ LG11
        double inv = 1 / Math.Sqrt(energy / x.Length + 1e-5);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] * inv;
    }
}
