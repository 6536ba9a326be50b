// HeldOut63 / ListNet_TotalOverAllQueries
// Idiom: ListNet top-one probabilities with documents grouped by query id in a dictionary; each query's exps are
// shifted by its own best score, but the normaliser is one LINQ total over every query's exps (own code).
// Layout: Dictionary<string, List<Doc>> (record Doc), foreach with KeyValuePair deconstruction, docs.Max(d => d.Score),
// Select(Math.Exp), exps.Values.Sum(e => e.Sum()); double.
// Label: LG0002 (the sum spans every query, each query then sums to its share of the batch instead of 1).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.ListNet_TotalOverAllQueries;

public sealed record Doc(string Id, double Score);

public static class ListNetByQuery
{
    public static Dictionary<string, double[]> TopOneProbabilities(Dictionary<string, List<Doc>> docsByQuery)
    {
        var exps = new Dictionary<string, double[]>(docsByQuery.Count);
        foreach (var (query, docs) in docsByQuery)
        {
            double best = docs.Max(d => d.Score);
            exps[query] = docs.Select(d => Math.Exp(d.Score - best)).ToArray();
        }

        double total = exps.Values.Sum(e => e.Sum()); //~ LG0002
        return exps.ToDictionary(kv => kv.Key, kv => kv.Value.Select(e => e / total).ToArray());
    }
}
