// Idiom: noisy-channel spell checker, candidate correction probabilities for every misspelling of a text
// Layout: Dictionary<string, Dictionary<string, double>> typo -> (candidate -> score), LINQ SelectMany/Max/ToDictionary
// Bug (LG0001): the best score is taken over the candidates of every typo, then subtracted within each typo's candidates
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut44.SpellCandidates_AllTyposBest;

public static class CorrectionRanker
{
    public static Dictionary<string, Dictionary<string, double>> Rank(Dictionary<string, Dictionary<string, double>> candidateScores)
    {
        double best = candidateScores.Values.SelectMany(c => c.Values).Max(); //~ LG0001
        var ranked = new Dictionary<string, Dictionary<string, double>>();
        foreach (var (typo, candidates) in candidateScores)
        {
            var weights = candidates.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - best));
            double z = weights.Values.Sum();
            ranked[typo] = weights.ToDictionary(kv => kv.Key, kv => kv.Value / z);
        }
        return ranked;
    }
}
