// Source: query auto-completion ranking (most-popular-completion with learned re-ranking, Bar-Yossef & Kraus 2011;
// search-box suggestion services in C#): candidate scores per typed prefix turned into suggestion probabilities
// by a softmax, then the top k returned in descending order.
// Layout: Dictionary<string, List<(string Text, double Score)>> keyed by prefix, tuple lists, sort by probability.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut21.AutocompleteSuggestionProbabilities;

/// <summary>Ranks completion candidates of each prefix.</summary>
public static class SuggestionRanker
{
    /// <summary>For each prefix, the top k candidates with probability softmax(score) over that prefix's list.</summary>
    public static Dictionary<string, List<(string Text, double Probability)>> Rank(Dictionary<string, List<(string Text, double Score)>> candidates, int k)
    {
        var ranked = new Dictionary<string, List<(string Text, double Probability)>>();
        foreach (KeyValuePair<string, List<(string Text, double Score)>> entry in candidates)
        {
            List<(string Text, double Score)> list = entry.Value;
            double peak = double.NegativeInfinity;
            foreach (var (_, score) in list)
                if (score > peak) peak = score;

            var weights = new double[list.Count];
            double norm = 0;
            for (int i = 0; i < list.Count; i++)
            {
                weights[i] = Math.Exp(list[i].Score - peak);
                norm += weights[i];
            }

            var top = new List<(string Text, double Probability)>(list.Count);
            for (int i = 0; i < list.Count; i++) top.Add((list[i].Text, weights[i] / norm));
            top.Sort((a, b) => b.Probability.CompareTo(a.Probability));
            ranked[entry.Key] = top.GetRange(0, Math.Min(k, top.Count));
        }

        return ranked;
    }
}
