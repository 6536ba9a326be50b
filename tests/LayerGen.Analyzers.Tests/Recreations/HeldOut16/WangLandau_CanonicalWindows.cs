// Source: canonical averages from a Wang–Landau density of states (Wang & Landau 2001; replica-exchange Wang–Landau
// energy windows, Vogel et al. 2013): P_β(E) ∝ g(E) e^{−βE}, computed from ln g per energy window.
// Layout: jagged double[windows][bins] ln g and energies; the exponent comes from a static local function, the peak is
// seeded with bin 0 and folded with Math.Max; the mean energy of each window is a second output.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut16.WangLandau_CanonicalWindows;

public static class CanonicalEnsemble
{
    /// <summary>Canonical distribution over the bins of each window at inverse temperature <paramref name="beta"/>.</summary>
    public static double[][] Distributions(double[][] lnG, double[][] energy, double beta, out double[] meanEnergy)
    {
        var result = new double[lnG.Length][];
        meanEnergy = new double[lnG.Length];
        for (int w = 0; w < lnG.Length; w++)
        {
            double[] g = lnG[w], e = energy[w];
            double shift = Exponent(g, e, beta, 0);
            for (int b = 1; b < g.Length; b++) shift = Math.Max(shift, Exponent(g, e, beta, b));

            var p = new double[g.Length];
            double z = 0;
            for (int b = 0; b < g.Length; b++)
            {
                p[b] = Math.Exp(Exponent(g, e, beta, b) - shift);
                z += p[b];
            }
            double mean = 0;
            for (int b = 0; b < g.Length; b++)
            {
                p[b] /= z;
                mean += p[b] * e[b];
            }
            result[w] = p;
            meanEnergy[w] = mean;
        }
        return result;

        static double Exponent(double[] g, double[] e, double beta, int b) => g[b] - beta * e[b];
    }
}
