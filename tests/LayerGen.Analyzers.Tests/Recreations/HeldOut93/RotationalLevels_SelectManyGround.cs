// Idiom: level populations of several species with degeneracies, written with LINQ: one reference energy taken with
// SelectMany(...).Min() over all species' levels, then per species g_J exp(-(E_J - E_ref) / kT) normalised.
// Use: populations for a multi-species spectrum simulation.
// Layout: jagged double[species][level] energies (cm^-1), jagged int[species][level] degeneracies.
// Bug LG0001: the reference (the max of -E / kT) spans every species, not the species normalised; a species whose
// levels sit far above the others underflows to 0/0.
// Our own code.
using System;
using System.Linq;

namespace HeldOut93.RotationalLevels_SelectManyGround;

public static class SpeciesPopulations
{
    public static double[][] Thermal(double[][] levels, int[][] g, double temperatureK)
    {
        double kT = 0.69503476 * temperatureK;
        double eRef = levels.SelectMany(l => l).Min(); //~ LG0001
        return levels.Select((lv, sp) =>
        {
            double[] w = lv.Select((e, j) => g[sp][j] * Math.Exp(-(e - eRef) / kT)).ToArray();
            double q = w.Sum();
            return w.Select(x => x / q).ToArray();
        }).ToArray();
    }
}
