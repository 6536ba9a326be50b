// Idiom: ListNet top-one probabilities of each query's candidate slate (listwise learning to rank), LINQ per slate
// Layout: List<QuerySlate> records, each holding its own List<Candidate> (ragged slates), result keyed by query id
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut36.ListNet_SlateTopOneProbabilities;

public sealed record Candidate(int DocId, float Score, float Relevance);

public sealed record QuerySlate(int QueryId, List<Candidate> Candidates);

public static class ListNetScorer
{
    public static Dictionary<int, float[]> TopOneProbabilities(IReadOnlyList<QuerySlate> slates)
    {
        var result = new Dictionary<int, float[]>(slates.Count);
        foreach (var slate in slates)
        {
            if (slate.Candidates.Count == 0)
            {
                result[slate.QueryId] = Array.Empty<float>();
                continue;
            }

            float best = slate.Candidates.Max(c => c.Score);
            float[] p = slate.Candidates.Select(c => MathF.Exp(c.Score - best)).ToArray();
            float z = p.Sum();
            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= z;
            }

            result[slate.QueryId] = p;
        }

        return result;
    }
}
