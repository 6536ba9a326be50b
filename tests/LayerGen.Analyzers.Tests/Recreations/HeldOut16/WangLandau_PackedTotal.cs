// Source: canonical distributions from Wang–Landau densities of states per energy window (Wang & Landau 2001; Vogel
// et al. 2013): P_β(E) ∝ exp(ln g(E) − βE) within one window.
// Layout: flat packed double[] ln g and energies with CSR window offsets int[windows + 1]; Span<double> window slices;
// the peak per window, but one total for the whole packed buffer.
// Bug: LG0002 (the normaliser spans every window).
using System;

namespace LayerGen.Recreations.HeldOut16.WangLandau_PackedTotal;

public static class CanonicalEnsemble
{
    /// <summary>Canonical weights, packed like the input.</summary>
    public static double[] Distributions(double[] lnG, double[] energy, int[] windowStart, double beta)
    {
        var weights = new double[lnG.Length];
        double total = 0;
        for (int w = 0; w + 1 < windowStart.Length; w++)
        {
            int start = windowStart[w], length = windowStart[w + 1] - start;
            ReadOnlySpan<double> g = lnG.AsSpan(start, length), e = energy.AsSpan(start, length);
            Span<double> p = weights.AsSpan(start, length);
            double shift = double.NegativeInfinity;
            for (int b = 0; b < length; b++) shift = Math.Max(shift, g[b] - beta * e[b]);
            for (int b = 0; b < length; b++)
            {
                p[b] = Math.Exp(g[b] - beta * e[b] - shift);
                total += p[b]; //~ LG0002
            }
        }
        for (int w = 0; w + 1 < windowStart.Length; w++)
        {
            Span<double> p = weights.AsSpan(windowStart[w], windowStart[w + 1] - windowStart[w]);
            for (int b = 0; b < p.Length; b++) p[b] /= total;
        }
        return weights;
    }
}
