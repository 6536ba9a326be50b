// expect: error
// Sparsemax by bisection on the threshold τ (as entmax's sparsemax_bisect does, Peters et al. 2019), with an early
// `break` once Σ max(x - τ, 0) is within 1e-10 of 1: a loop exit that depends on the data. Expected: an LG11xx error
// at the break. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class SparsemaxBisectionBreak
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++) if (x[i] > max) max = x[i];
        double lo = max - 1.0, hi = max;
        double tau = lo;
        for (int iter = 0; iter < 60; iter++)
        {
            tau = 0.5 * (lo + hi);
            double total = 0;
            for (int i = 0; i < x.Length; i++) total += Math.Max(x[i] - tau, 0.0);
            if (Math.Abs(total - 1.0) < 1e-10) break; //~ LG11
            if (total > 1.0) lo = tau; else hi = tau;
        }
        for (int i = 0; i < x.Length; i++) y[i] = Math.Max(x[i] - tau, 0.0);
    }
}
