// Source: protonation microstate populations over a pH titration (Bashford & Karplus 1990; Ullmann 2003):
// p_i(pH) ∝ exp(−G_i(pH)/RT), G_i(pH) = G_i° − n_i·RT·ln 10·pH.
// Layout: Dictionary<double, double[]> from pH to standard free energies, deconstructed foreach, a populations
// dictionary out; the Boltzmann factor is written straight from the free energy.
// Bug: LG0003 (exp(−G/RT) with no shift by the lowest free energy).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut16.Protonation_RawBoltzmann;

public static class Titration
{
    /// <summary>Microstate populations keyed by pH.</summary>
    public static Dictionary<double, double[]> Populations(Dictionary<double, double[]> standardFreeEnergy, int[] protons, double rt)
    {
        double ln10 = Math.Log(10.0);
        var populations = new Dictionary<double, double[]>();
        foreach (var (ph, g0) in standardFreeEnergy)
        {
            var p = new double[g0.Length];
            double q = 0;
            for (int i = 0; i < g0.Length; i++)
            {
                double g = g0[i] - protons[i] * rt * ln10 * ph;
                p[i] = Math.Exp(-g / rt); //~ LG0003
                q += p[i];
            }
            for (int i = 0; i < p.Length; i++) p[i] /= q;
            populations[ph] = p;
        }
        return populations;
    }
}
