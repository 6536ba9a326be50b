// Idiom: Dictionary<string, double> of logits, `foreach (var (label, score) in ...)` deconstruction, Values.Max().
// Use: sentiment / topic labels of one document, the labels keyed by name.
// Layout: one distribution per dictionary (a list of documents).
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut27;

public static class DictionaryLabels
{
    /// <summary>Label probabilities for each document, keyed like its scores.</summary>
    public static List<Dictionary<string, double>> LabelProbabilities(IReadOnlyList<Dictionary<string, double>> documents)
    {
        var result = new List<Dictionary<string, double>>(documents.Count);
        foreach (var scores in documents)
        {
            double top = scores.Values.Max();
            var weights = new Dictionary<string, double>(scores.Count);
            double total = 0.0;
            foreach (var (label, score) in scores)
            {
                double w = Math.Exp(score - top);
                weights[label] = w;
                total += w;
            }

            foreach (var label in weights.Keys.ToList())
            {
                weights[label] /= total;
            }

            result.Add(weights);
        }

        return result;
    }
}
