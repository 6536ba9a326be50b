// Idiom: Boltzmann populations of conformers grouped by molecule (a conformer search output, energies in kcal/mol,
// RT = R T with R = 0.0019872041 kcal/(mol K)); GroupBy over conformer indices, per-molecule lowest energy via LINQ Min.
// Use: Boltzmann-averaged properties per molecule.
// Layout: flat IReadOnlyList<Conformer> records (MoleculeId, EnergyKcal), populations returned aligned with the list.
// Correct.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut93.ConformerPopulations_PerMolecule;

public sealed record Conformer(string MoleculeId, double EnergyKcal);

public static class BoltzmannPopulations
{
    private const double GasConstantKcal = 0.0019872041;

    public static double[] Compute(IReadOnlyList<Conformer> conformers, double temperature)
    {
        double rt = GasConstantKcal * temperature;
        var population = new double[conformers.Count];
        foreach (IGrouping<string, int> molecule in Enumerable.Range(0, conformers.Count).GroupBy(i => conformers[i].MoleculeId))
        {
            double eLowest = molecule.Min(i => conformers[i].EnergyKcal);
            double q = 0.0;
            foreach (int i in molecule)
            {
                population[i] = Math.Exp(-(conformers[i].EnergyKcal - eLowest) / rt);
                q += population[i];
            }

            foreach (int i in molecule) population[i] /= q;
        }

        return population;
    }
}
