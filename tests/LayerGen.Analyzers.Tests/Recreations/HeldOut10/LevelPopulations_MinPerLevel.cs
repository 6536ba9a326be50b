// Re-creation (our own code) of the shape of degenerate Boltzmann level populations over several field conditions
// (spectroscopy population tables), with each level's lowest energy across the conditions as its reference.
// Layout: double[conditions, levels], int[] degeneracies, double[] kT per condition; per-level minima in a double[].
// Bug (LG0004): the minimum runs over the conditions for each level, while the partition sum runs over the levels of
// one condition; the shift differs along the softmax axis (wrong populations, 0 / 0 when levels are far apart).
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class LevelPopulationsMinPerLevel
{
    public static double[,] Populations(double[,] energies, int[] degeneracy, double[] kT)
    {
        int conditions = energies.GetLength(0);
        int levels = energies.GetLength(1);
        var reference = new double[levels];
        for (int l = 0; l < levels; l++)
        {
            reference[l] = double.PositiveInfinity;
            for (int c = 0; c < conditions; c++)
                reference[l] = Math.Min(reference[l], energies[c, l]); //~ LG0004
        }

        var population = new double[conditions, levels];
        for (int c = 0; c < conditions; c++)
        {
            double partition = 0.0;
            for (int l = 0; l < levels; l++)
            {
                population[c, l] = degeneracy[l] * Math.Exp(-(energies[c, l] - reference[l]) / kT[c]);
                partition += population[c, l];
            }

            for (int l = 0; l < levels; l++)
                population[c, l] /= partition;
        }

        return population;
    }
}
