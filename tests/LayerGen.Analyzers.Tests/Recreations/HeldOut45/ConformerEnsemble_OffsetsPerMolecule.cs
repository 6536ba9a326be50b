// Idiom: conformer Boltzmann weights per molecule (CREST/CENSO-style ensemble re-ranking), lowest conformer of each molecule as reference
// Layout: records sorted by molecule, ragged via offsets start[m]..start[m + 1]
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut45.ConformerEnsemble_OffsetsPerMolecule;

public sealed record Conformer(string Molecule, int Index, double Energy); // Energy in kcal/mol

public static class ConformerWeights
{
    /// <summary>Conformers sorted by molecule; molecule m owns conformers[start[m] .. start[m + 1]).</summary>
    public static double[] BoltzmannWeights(IReadOnlyList<Conformer> conformers, int[] start, double temperature)
    {
        const double R = 0.0019872041;
        double rt = R * temperature;
        var weights = new double[conformers.Count];
        for (int m = 0; m + 1 < start.Length; m++)
        {
            double eMin = double.MaxValue;
            for (int c = start[m]; c < start[m + 1]; c++)
                eMin = Math.Min(eMin, conformers[c].Energy);

            double q = 0.0;
            for (int c = start[m]; c < start[m + 1]; c++)
            {
                weights[c] = Math.Exp(-(conformers[c].Energy - eMin) / rt);
                q += weights[c];
            }

            for (int c = start[m]; c < start[m + 1]; c++)
                weights[c] /= q;
        }

        return weights;
    }
}
