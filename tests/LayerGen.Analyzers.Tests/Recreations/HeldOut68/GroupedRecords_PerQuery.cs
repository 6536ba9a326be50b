// Idiom: records and a LINQ pipeline: `GroupBy(s => s.Query).SelectMany(g => ...)` with `g.Max`, `g.Sum` and a
// projection to a positional record, in an expression-bodied method. Our own code.
// Use: retrieval scores turned into per-query document probabilities. Layout: flat IEnumerable<Score> records, one
// softmax per query group; Math.Exp.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut68.GroupedRecords_PerQuery;

public sealed record Score(int Query, string Doc, double Value);

public sealed record Ranked(int Query, string Doc, double Probability);

public static class QuerySoftmax
{
    public static List<Ranked> Softmax(IEnumerable<Score> scores) =>
        scores.GroupBy(s => s.Query)
            .SelectMany(g =>
            {
                double max = g.Max(s => s.Value);
                double sum = g.Sum(s => Math.Exp(s.Value - max));
                return g.Select(s => new Ranked(s.Query, s.Doc, Math.Exp(s.Value - max) / sum));
            })
            .ToList();
}
