// Idiom: Boltzmann populations of conformers over a temperature sweep (free energies G(T) from a quasi-harmonic table), ground state per temperature
// Layout: double[temperatures, levels], one partition function per temperature row, `if` minimum
// Correct
using System;

namespace HeldOut45.TemperatureSweep_PerTemperatureGround;

public static class PopulationSweep
{
    public const double BoltzmannKcal = 0.0019872041; // kcal/(mol K)

    /// <summary>populations[t, l] = exp(-(G[t, l] - Gmin(t)) / kT) / Z(t).</summary>
    public static double[,] Populations(double[,] freeEnergy, double[] temperatures)
    {
        int nT = freeEnergy.GetLength(0);
        int nLevels = freeEnergy.GetLength(1);
        var populations = new double[nT, nLevels];
        for (int t = 0; t < nT; t++)
        {
            double kT = BoltzmannKcal * temperatures[t];
            double gMin = freeEnergy[t, 0];
            for (int l = 1; l < nLevels; l++)
            {
                if (freeEnergy[t, l] < gMin) gMin = freeEnergy[t, l];
            }

            double z = 0.0;
            for (int l = 0; l < nLevels; l++)
            {
                double boltz = Math.Exp(-(freeEnergy[t, l] - gMin) / kT);
                populations[t, l] = boltz;
                z += boltz;
            }

            for (int l = 0; l < nLevels; l++)
            {
                populations[t, l] /= z;
            }
        }

        return populations;
    }
}
