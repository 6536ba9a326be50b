// Source: camera-trap species classification of detector crops (MegaDetector crops fed to a species classifier, as in
//         Google SpeciesNet / Zamba pipelines): a softmax over species names for each crop (re-created shape, our own code).
// Layout: IReadOnlyList<Dictionary<string, double>> (species → logit per crop); deconstructed `foreach`, `Math.Max`,
//         a result dictionary per crop.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut25.CameraTrap;

/// <summary>Species probabilities of every detected animal crop of an image.</summary>
public static class CropSpecies
{
    /// <summary>Returns, per crop, the softmax over that crop's species logits.</summary>
    public static List<Dictionary<string, double>> SpeciesProbabilities(IReadOnlyList<Dictionary<string, double>> crops)
    {
        var result = new List<Dictionary<string, double>>(crops.Count);
        foreach (var crop in crops)
        {
            double best = double.NegativeInfinity;
            foreach (var (_, logit) in crop)
            {
                best = Math.Max(best, logit);
            }

            var probabilities = new Dictionary<string, double>(crop.Count);
            double total = 0.0;
            foreach (var (species, logit) in crop)
            {
                double e = Math.Exp(logit - best);
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
