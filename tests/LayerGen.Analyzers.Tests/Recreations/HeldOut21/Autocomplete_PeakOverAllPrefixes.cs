// Source: query auto-completion ranking with a softmax over each prefix's candidates (Bar-Yossef & Kraus 2011).
// Layout: Dictionary<string, List<(string Text, double Score)>> keyed by prefix; the peak is folded over every
// prefix's candidates first, with tuple deconstruction.
// Label: LG0001 (the shift is the best score over all prefixes, not over the prefix being normalised).
using System;
using System.Collections.Generic;

namespace HeldOut21.AutocompletePeakOverAllPrefixes;

/// <summary>Suggestion probabilities for a batch of typed prefixes.</summary>
public static class BatchSuggestionRanker
{
    /// <summary>probability = exp(score − peak) / Σ over the prefix's candidates.</summary>
    public static Dictionary<string, double[]> Probabilities(Dictionary<string, List<(string Text, double Score)>> candidates)
    {
        double peak = double.NegativeInfinity;
        foreach (var (_, list) in candidates)
            foreach (var (_, score) in list)
                if (score > peak) peak = score; //~ LG0001

        var result = new Dictionary<string, double[]>();
        foreach (var (prefix, list) in candidates)
        {
            var weights = new double[list.Count];
            double norm = 0;
            for (int i = 0; i < list.Count; i++)
            {
                weights[i] = Math.Exp(list[i].Score - peak);
                norm += weights[i];
            }

            for (int i = 0; i < weights.Length; i++) weights[i] /= norm;
            result[prefix] = weights;
        }

        return result;
    }
}
