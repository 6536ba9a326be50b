// Source: Boltzmann populations of conformers in computational chemistry (p_i = exp(-(E_i - E_min) / RT) / sum, as
// in CREST/CENSO-style post-processing scripts), re-created.
// Layout: record Molecule(Name, Energies) in an IReadOnlyList, a local function per molecule, RT in kcal/mol.
// Correct: each molecule subtracts its own lowest energy (the maximum of -E/RT).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut8;

public sealed record Molecule(string Name, double[] Energies);

public static class ConformerPopulations_RecordMolecules
{
    public const double RtKcal = 0.5925;

    public static double[][] Populations(IReadOnlyList<Molecule> molecules, double rt = RtKcal)
    {
        var result = new double[molecules.Count][];
        for (int m = 0; m < molecules.Count; m++) result[m] = Boltzmann(molecules[m].Energies);
        return result;

        double[] Boltzmann(double[] energies)
        {
            double lowest = double.PositiveInfinity;
            foreach (double e in energies) lowest = Math.Min(lowest, e);
            var pop = new double[energies.Length];
            double z = 0;
            for (int i = 0; i < energies.Length; i++)
            {
                pop[i] = Math.Exp(-(energies[i] - lowest) / rt);
                z += pop[i];
            }
            for (int i = 0; i < pop.Length; i++) pop[i] /= z;
            return pop;
        }
    }
}
