// Idiom: thermal populations of the energy levels of several species (spectroscopy/astrochemistry), ground level of each species
// Layout: IReadOnlyDictionary<string, double[]> keyed by species, `foreach` over KeyValuePair, `e.Min()`, Dictionary out
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut45.SpeciesLevels_PerSpeciesGround;

public static class ThermalPopulations
{
    public static Dictionary<string, double[]> Populations(IReadOnlyDictionary<string, double[]> levelEnergies, double temperature)
    {
        const double kB = 0.6950348; // cm^-1 / K
        double kT = kB * temperature;
        var populations = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, double[]> species in levelEnergies)
        {
            double[] e = species.Value;
            double ground = e.Min();
            double[] n = new double[e.Length];
            double q = 0;
            for (int j = 0; j < e.Length; j++)
            {
                n[j] = Math.Exp(-(e[j] - ground) / kT);
                q += n[j];
            }

            for (int j = 0; j < n.Length; j++)
                n[j] /= q;

            populations.Add(species.Key, n);
        }

        return populations;
    }
}
