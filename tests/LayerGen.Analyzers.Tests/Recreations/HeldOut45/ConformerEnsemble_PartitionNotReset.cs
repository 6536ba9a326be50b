// Idiom: conformer Boltzmann populations per molecule from relative energies, partition function declared once for the batch
// Layout: List<double[]> (one array of conformer energies per molecule), `foreach`, `energies.Min()`
// Bug (LG0002): the partition function keeps accumulating over every molecule (never reset per molecule)
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut45.ConformerEnsemble_PartitionNotReset;

public static class ConformerPopulations
{
    public static List<double[]> Populations(List<double[]> relativeEnergies, double temperature)
    {
        const double kcalPerMolK = 0.0019872041;
        double kT = kcalPerMolK * temperature;
        var result = new List<double[]>(relativeEnergies.Count);
        double partition = 0.0;
        foreach (double[] energies in relativeEnergies)
        {
            double lowest = energies.Min();
            var pop = new double[energies.Length];
            for (int i = 0; i < energies.Length; i++)
            {
                pop[i] = Math.Exp(-(energies[i] - lowest) / kT);
                partition += pop[i]; //~ LG0002
            }

            for (int i = 0; i < pop.Length; i++)
                pop[i] /= partition;

            result.Add(pop);
        }

        return result;
    }
}
