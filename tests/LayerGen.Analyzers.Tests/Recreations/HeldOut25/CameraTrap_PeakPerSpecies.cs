// Source: camera-trap species classification of detector crops (MegaDetector + species classifier, SpeciesNet / Zamba
//         shape), an image's crops processed together (re-created shape, our own code).
// Layout: IReadOnlyList<Dictionary<string, double>>; a `peaks` dictionary keyed by species, folded over every crop; then
//         a per-crop exp / total / divide.
// Label: LG0004 — each species' peak is taken across the crops (the other axis), while the sum runs over one crop's species.
using System;
using System.Collections.Generic;

namespace HeldOut25.CameraTrap;

/// <summary>Species probabilities of an image's crops with one shift per species.</summary>
public static class PeakPerSpecies
{
    /// <summary>Returns, per crop, the species probabilities.</summary>
    public static List<Dictionary<string, double>> SpeciesProbabilities(IReadOnlyList<Dictionary<string, double>> crops)
    {
        var peaks = new Dictionary<string, double>();
        foreach (var crop in crops)
        {
            foreach (var (species, logit) in crop)
            {
                peaks[species] = peaks.TryGetValue(species, out double seen) ? Math.Max(seen, logit) : logit; //~ LG0004
            }
        }

        var result = new List<Dictionary<string, double>>(crops.Count);
        foreach (var crop in crops)
        {
            var probabilities = new Dictionary<string, double>(crop.Count);
            double total = 0.0;
            foreach (var (species, logit) in crop)
            {
                double e = Math.Exp(logit - peaks[species]);
                probabilities[species] = e;
                total += e;
            }

            foreach (var species in crop.Keys)
            {
                probabilities[species] /= total;
            }

            result.Add(probabilities);
        }

        return result;
    }
}
