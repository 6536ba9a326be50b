// Idiom: heat-bath (Gibbs) update of a q-state Potts model: for each site, the local energy of every spin value is
// given, P(s) = exp(-beta (E_s - E_min)) / sum, and the new spin is drawn by inverting the cumulative probability with
// a supplied uniform number. The per-site minimum is folded with Math.Min.
// Use: one heat-bath sweep's conditional probabilities and draws.
// Layout: flat double[sites * q], site-major (site * q + s).
// Correct.
// Our own code.
using System;

namespace HeldOut93.PottsHeatBath_SiteMajorMinimum;

public static class HeatBath
{
    public static int[] Sweep(double[] localEnergy, int q, double beta, double[] uniforms, double[] probabilities)
    {
        int sites = localEnergy.Length / q;
        var spins = new int[sites];
        for (int site = 0; site < sites; site++)
        {
            int o = site * q;
            double eMin = localEnergy[o];
            for (int s = 1; s < q; s++) eMin = Math.Min(eMin, localEnergy[o + s]);

            double norm = 0;
            for (int s = 0; s < q; s++)
            {
                probabilities[o + s] = Math.Exp(-beta * (localEnergy[o + s] - eMin));
                norm += probabilities[o + s];
            }

            double cumulative = 0;
            int chosen = q - 1;
            for (int s = 0; s < q; s++)
            {
                probabilities[o + s] /= norm;
                cumulative += probabilities[o + s];
                if (chosen == q - 1 && uniforms[site] < cumulative) chosen = s;
            }

            spins[site] = chosen;
        }

        return spins;
    }
}
