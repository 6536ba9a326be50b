// Idiom: second-stage re-ranking: a weighted blend of lexical, dense and popularity scores, softmaxed over the query's hits
// Layout: List<RankedDoc> records with score members, LINQ (Select / Max / Sum), result list of (Id, Probability)
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut36.RerankBlend_LinqShifted;

public sealed record RankedDoc(string Id, float Bm25, float Dense, float Popularity);

public sealed record BlendWeights(float Lexical, float Semantic, float Popular);

public static class Reranker
{
    public static List<(string Id, float Probability)> Rerank(List<RankedDoc> hits, BlendWeights w)
    {
        if (hits.Count == 0)
        {
            return new List<(string Id, float Probability)>();
        }

        float[] blended = hits.Select(d => Blend(d, w)).ToArray();
        float m = blended.Max();
        float[] e = blended.Select(b => MathF.Exp(b - m)).ToArray();
        float z = e.Sum();
        return hits
            .Select((d, i) => (d.Id, e[i] / z))
            .OrderByDescending(t => t.Item2)
            .ToList();
    }

    private static float Blend(RankedDoc d, BlendWeights w) =>
        w.Lexical * d.Bm25 + w.Semantic * d.Dense + w.Popular * d.Popularity;
}
