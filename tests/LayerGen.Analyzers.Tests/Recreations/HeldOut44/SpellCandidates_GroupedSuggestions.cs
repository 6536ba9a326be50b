// Idiom: noisy-channel spell checker, probabilities of the candidate corrections of each misspelled word
// Layout: records per suggestion (typo, candidate, score), LINQ GroupBy per typo, Max/Select/Sum, ToDictionary
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut44.SpellCandidates_GroupedSuggestions;

public sealed record Suggestion(string Typo, string Candidate, double Score);

public static class SpellChecker
{
    public static Dictionary<string, Dictionary<string, double>> CandidateProbabilities(IReadOnlyList<Suggestion> suggestions)
    {
        var result = new Dictionary<string, Dictionary<string, double>>();
        foreach (var group in suggestions.GroupBy(s => s.Typo))
        {
            double best = group.Max(s => s.Score);
            var weights = group.Select(s => (s.Candidate, W: Math.Exp(s.Score - best))).ToList();
            double z = weights.Sum(x => x.W);
            result[group.Key] = weights.ToDictionary(x => x.Candidate, x => x.W / z);
        }
        return result;
    }
}
