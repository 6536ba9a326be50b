// Idiom: thermal populations of the rotational/vibrational levels of each molecule in a mixture, with degeneracies:
// p_J = g_J exp(-(E_J - E_0) / kT) / Q, energies in cm^-1 and kT = 0.69503476 cm^-1/K * T; the ground level E_0 of a
// molecule comes from a small helper given that molecule's level array.
// Use: line-intensity populations per species.
// Layout: IReadOnlyList<Molecule> records (double[] LevelsCm, int[] Degeneracy), jagged result.
// Correct.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut93.RotationalLevels_GroundStateHelper;

public sealed record Molecule(string Name, double[] LevelsCm, int[] Degeneracy);

public static class LevelPopulations
{
    private const double BoltzmannCm = 0.69503476; // cm^-1 / K

    public static double[][] Compute(IReadOnlyList<Molecule> molecules, double temperature)
    {
        double kT = BoltzmannCm * temperature;
        var result = new double[molecules.Count][];
        for (int m = 0; m < molecules.Count; m++)
        {
            Molecule mol = molecules[m];
            double e0 = GroundLevel(mol.LevelsCm);
            var p = new double[mol.LevelsCm.Length];
            double partition = 0;
            for (int j = 0; j < p.Length; j++)
            {
                p[j] = mol.Degeneracy[j] * Math.Exp(-(mol.LevelsCm[j] - e0) / kT);
                partition += p[j];
            }

            for (int j = 0; j < p.Length; j++) p[j] /= partition;
            result[m] = p;
        }

        return result;
    }

    private static double GroundLevel(double[] levels)
    {
        double lowest = levels[0];
        foreach (double e in levels)
            if (e < lowest) lowest = e;
        return lowest;
    }
}
