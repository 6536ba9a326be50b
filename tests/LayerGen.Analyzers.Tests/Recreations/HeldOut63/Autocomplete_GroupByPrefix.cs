// HeldOut63 / Autocomplete_GroupByPrefix
// Idiom: search-box autocomplete: the suggestion log is grouped by typed prefix, the top-N completions per prefix are
// kept by score, and their scores softmaxed into display/sampling probabilities (query-autocompletion rankers; own
// code).
// Layout: IReadOnlyList<Suggestion> records, GroupBy(prefix).ToDictionary with a statement lambda per group:
// OrderByDescending/Take, top.Max(s => s.Score), Select(Math.Exp), Sum; double.
// Label: Correct (maximum and sum over one prefix's kept completions).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.Autocomplete_GroupByPrefix;

public sealed record Suggestion(string Prefix, string Completion, double Score);

public static class Autocomplete
{
    public static Dictionary<string, List<(string Completion, double Probability)>> Distributions(
        IReadOnlyList<Suggestion> log, int topN)
    {
        return log
            .GroupBy(s => s.Prefix)
            .ToDictionary(g => g.Key, g =>
            {
                List<Suggestion> top = g.OrderByDescending(s => s.Score).Take(topN).ToList();
                double best = top.Max(s => s.Score);
                List<double> w = top.Select(s => Math.Exp(s.Score - best)).ToList();
                double z = w.Sum();
                return top.Select((s, i) => (s.Completion, w[i] / z)).ToList();
            });
    }
}
