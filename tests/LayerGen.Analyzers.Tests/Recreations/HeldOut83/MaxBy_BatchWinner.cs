// Idiom: `candidates.MaxBy(c => c.Score)` as the shift, `GroupBy(c => c.Query)`, `Aggregate(0.0, …)` sum per query.
// Use: re-ranking — probability of each document among the candidates of its query.
// Layout: IReadOnlyList<Candidate> with `record Candidate(int Query, int Doc, double Score)`; result keyed by (query, doc).
// Bug (LG0001): the winner is the best candidate of the whole list, not of the query (a weak query gives 0/0).
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.MaxBy_BatchWinner;

public sealed record Candidate(int Query, int Doc, double Score);

public static class Rerank
{
    public static Dictionary<(int Query, int Doc), double> Softmax(IReadOnlyList<Candidate> candidates)
    {
        Candidate winner = candidates.MaxBy(c => c.Score)!; //~ LG0001
        var probs = new Dictionary<(int Query, int Doc), double>();
        foreach (IGrouping<int, Candidate> query in candidates.GroupBy(c => c.Query))
        {
            double z = query.Aggregate(0.0, (s, c) => s + Math.Exp(c.Score - winner.Score));
            foreach (Candidate c in query) probs[(c.Query, c.Doc)] = Math.Exp(c.Score - winner.Score) / z;
        }
        return probs;
    }
}
