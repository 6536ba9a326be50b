// Idiom: autocomplete, probabilities of the completions proposed for each typed prefix (scores from a ranker)
// Layout: records per completion, Dictionary<string, List<Completion>> by prefix, float
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut44.Autocomplete_PrefixGroups;

public sealed record Completion(string Prefix, string Word, float Score);

public static class CompletionRanker
{
    public static Dictionary<string, List<(string Word, float Probability)>> Rank(Dictionary<string, List<Completion>> byPrefix)
    {
        var ranked = new Dictionary<string, List<(string Word, float Probability)>>();
        foreach (var pair in byPrefix)
        {
            List<Completion> items = pair.Value;
            float best = float.NegativeInfinity;
            foreach (var c in items)
                if (c.Score > best) best = c.Score;

            var weights = new float[items.Count];
            float sum = 0f;
            for (int i = 0; i < items.Count; i++)
            {
                weights[i] = MathF.Exp(items[i].Score - best);
                sum += weights[i];
            }

            var list = new List<(string Word, float Probability)>(items.Count);
            for (int i = 0; i < items.Count; i++)
                list.Add((items[i].Word, weights[i] / sum));
            ranked[pair.Key] = list;
        }
        return ranked;
    }
}
