// Idiom: canonical populations of degenerate levels, g_i exp(-E_i / kT) / q straight from absolute energies (textbook partition function)
// Layout: flat double[species * levelsPerSpecies] energies and int[] degeneracies, species s at offset s * levelsPerSpecies
// Bug (LG0003): exp(-E/kT) with no ground energy subtracted (overflow/underflow for energies of ~700 kT)
using System;

namespace HeldOut45.DegenerateLevels_RawStridedFactors;

public static class Canonical
{
    public static double[] Populations(double[] energy, int[] degeneracy, int levelsPerSpecies, double kT)
    {
        var pop = new double[energy.Length];
        for (int s = 0; s * levelsPerSpecies < energy.Length; s++)
        {
            int o = s * levelsPerSpecies;
            double q = 0;
            for (int i = 0; i < levelsPerSpecies; i++)
            {
                pop[o + i] = degeneracy[o + i] * Math.Exp(-energy[o + i] / kT); //~ LG0003
                q += pop[o + i];
            }

            for (int i = 0; i < levelsPerSpecies; i++)
                pop[o + i] /= q;
        }

        return pop;
    }
}
