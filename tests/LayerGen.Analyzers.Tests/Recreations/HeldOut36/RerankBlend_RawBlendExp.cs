// Idiom: hybrid search re-ranking: convex blend of lexical and semantic scores per hit, turned into probabilities
// Layout: IReadOnlyList<Hit> record structs (double), LINQ Select with an inline blend, List<double> weights
// Bug (LG0003): exp of the blended scores with no max subtracted
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut36.RerankBlend_RawBlendExp;

public readonly record struct Hit(int DocId, double Lexical, double Semantic);

public sealed class HybridReranker
{
    public double Alpha { get; set; } = 0.3;

    public IReadOnlyList<(int DocId, double P)> Rerank(IReadOnlyList<Hit> hits)
    {
        List<double> weights = hits.Select(h => Math.Exp(Alpha * h.Lexical + (1 - Alpha) * h.Semantic)).ToList(); //~ LG0003
        double norm = weights.Sum();
        return hits.Select((h, i) => (h.DocId, weights[i] / norm)).ToList();
    }
}
