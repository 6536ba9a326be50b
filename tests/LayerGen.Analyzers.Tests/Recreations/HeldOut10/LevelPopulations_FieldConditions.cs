// Re-creation (our own code) of the shape of thermal level populations in spectroscopy codes (Boltzmann
// distribution with degeneracies: N_l / N = g_l exp(−E_l / kT) / Σ_m g_m exp(−E_m / kT), e.g. Stark/Zeeman-shifted
// rotational levels under several field strengths, as in PGOPHER-style population tables).
// Layout: double[conditions, levels] energies (rank 2), int[] degeneracies, double[] kT per condition; the shift is
// each condition's lowest level energy, with the degeneracy as a factor outside the exp.
// Correct: the shift (E_min / kT) is taken per condition over the levels the sum runs over; the lowest level's term
// is g ≥ 1, so the sum never underflows.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class LevelPopulationsFieldConditions
{
    public static double[,] Populations(double[,] energies, int[] degeneracy, double[] kT)
    {
        int conditions = energies.GetLength(0);
        int levels = energies.GetLength(1);
        var population = new double[conditions, levels];
        for (int c = 0; c < conditions; c++)
        {
            double ground = double.PositiveInfinity;
            for (int l = 0; l < levels; l++)
                ground = Math.Min(ground, energies[c, l]);

            double partition = 0.0;
            for (int l = 0; l < levels; l++)
            {
                population[c, l] = degeneracy[l] * Math.Exp(-(energies[c, l] - ground) / kT[c]);
                partition += population[c, l];
            }

            for (int l = 0; l < levels; l++)
                population[c, l] /= partition;
        }

        return population;
    }
}
