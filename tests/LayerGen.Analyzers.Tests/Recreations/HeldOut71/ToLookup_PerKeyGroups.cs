// Idiom: `ToLookup(s => s.Query)` then `foreach (IGrouping<...> group in lookup)` with group.Max/group.Sum.
// Use: ranking documents per query from a flat list of scored records.
// Layout: IEnumerable<Score> records (query, doc, value) → dictionary keyed by (query, doc).
// Correct: each group is one query's slice; its max and sum run over that group.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.ToLookup_PerKeyGroups;

public sealed record Score(string Query, string Doc, double Value);

public static class LookupSoftmax
{
    public static Dictionary<(string Query, string Doc), double> Probabilities(IEnumerable<Score> scores)
    {
        ILookup<string, Score> byQuery = scores.ToLookup(s => s.Query);
        var probs = new Dictionary<(string Query, string Doc), double>();
        foreach (IGrouping<string, Score> group in byQuery)
        {
            double best = group.Max(s => s.Value);
            double partition = group.Sum(s => Math.Exp(s.Value - best));
            foreach (Score s in group)
                probs[(s.Query, s.Doc)] = Math.Exp(s.Value - best) / partition;
        }
        return probs;
    }
}
