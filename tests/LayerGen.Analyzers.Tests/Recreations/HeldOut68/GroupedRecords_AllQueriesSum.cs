// Idiom: dictionaries and LINQ: per-query peaks by `ToDictionary(kv => kv.Key, kv => kv.Value.Max())`, the normaliser a
// nested `Sum(kv => kv.Value.Sum(...))`, the result another `ToDictionary`. Our own code.
// Use: retrieval scores turned into per-query document probabilities. Layout: Dictionary<int, List<float>> keyed by query.
// Bug LG0002: the normaliser sums the shifted exps of every query, so each query is divided by the all-query total.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut68.GroupedRecords_AllQueriesSum;

public static class KeyedSoftmax
{
    public static Dictionary<int, float[]> Softmax(Dictionary<int, List<float>> scoresByQuery)
    {
        var peaks = scoresByQuery.ToDictionary(kv => kv.Key, kv => kv.Value.Max());
        float norm = scoresByQuery.Sum(kv => kv.Value.Sum(v => MathF.Exp(v - peaks[kv.Key]))); //~ LG0002
        return scoresByQuery.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => MathF.Exp(v - peaks[kv.Key]) / norm).ToArray());
    }
}
