// Idiom: canonical populations of degenerate levels, n_i = g_i exp(-(E_i - E_0) / kT) / q, ground level of each species
// Layout: List<Level[]> of record structs (Energy, Degeneracy), `foreach` Math.Min fold, jagged out
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut45.DegenerateLevels_RecordLevels;

public readonly record struct Level(double Energy, int Degeneracy);

public static class Canonical
{
    public static double[][] Populations(List<Level[]> species, double kT)
    {
        var result = new double[species.Count][];
        for (int s = 0; s < species.Count; s++)
        {
            Level[] levels = species[s];
            double e0 = double.PositiveInfinity;
            foreach (Level level in levels)
                e0 = Math.Min(e0, level.Energy);

            var n = new double[levels.Length];
            double q = 0;
            for (int i = 0; i < levels.Length; i++)
            {
                n[i] = levels[i].Degeneracy * Math.Exp(-(levels[i].Energy - e0) / kT);
                q += n[i];
            }

            for (int i = 0; i < n.Length; i++)
                n[i] /= q;

            result[s] = n;
        }

        return result;
    }
}
