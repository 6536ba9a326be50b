// Idiom: conformer Boltzmann populations per molecule from a dictionary of energy arrays (kcal/mol), relative to each
// molecule's lowest conformer; the molecular partition function q is declared once above the molecule loop.
// Use: population-weighted spectra per molecule.
// Layout: Dictionary<string, double[]> energies by molecule name; populations returned in a dictionary of the same shape.
// Bug LG0002: q is never reset per molecule, so it sums the Boltzmann factors of every molecule seen so far; later
// molecules' populations sum to less than 1.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut93.ConformerPopulations_PartitionFunctionNotReset;

public static class ConformerEnsemble
{
    private const double R = 1.987204e-3; // kcal / (mol K)

    public static Dictionary<string, double[]> Populations(IReadOnlyDictionary<string, double[]> energiesByMolecule, double temperatureK)
    {
        double rt = R * temperatureK;
        var result = new Dictionary<string, double[]>();
        double q = 0;
        foreach (KeyValuePair<string, double[]> entry in energiesByMolecule)
        {
            double[] e = entry.Value;
            double eMin = e.Min();
            var boltz = new double[e.Length];
            for (int k = 0; k < e.Length; k++)
            {
                boltz[k] = Math.Exp(-(e[k] - eMin) / rt);
                q += boltz[k]; //~ LG0002
            }

            for (int k = 0; k < boltz.Length; k++) boltz[k] /= q;
            result[entry.Key] = boltz;
        }

        return result;
    }
}
