// Source: hybrid (lexical + vector) search score fusion: BM25 scores of a query's candidate documents turned into a
// distribution by a tempered softmax, then blended with normalised dense-retrieval scores (the convex-combination
// fusion of Bruch et al. 2023; Lucene.NET/Elasticsearch hybrid-search client code).
// Layout: flat ReadOnlySpan<double> [queries × candidates] sliced per query, Span<double> output, MemoryExtensions
// Max over the slice.
// Label: Correct.
using System;
using System.Linq;

namespace HeldOut21.HybridSearchLexicalScoreFusion;

/// <summary>Fuses lexical and dense scores of each query's candidate list.</summary>
public static class ScoreFusion
{
    /// <summary>fused = α·softmax(bm25 / T) + (1 − α)·dense, per query over its candidates.</summary>
    public static void Fuse(ReadOnlySpan<double> bm25, ReadOnlySpan<double> dense, int candidates, double temperature, double alpha, Span<double> fused)
    {
        int queries = bm25.Length / candidates;
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<double> lexical = bm25.Slice(q * candidates, candidates);
            ReadOnlySpan<double> vector = dense.Slice(q * candidates, candidates);
            Span<double> output = fused.Slice(q * candidates, candidates);

            double top = lexical.ToArray().Max();
            double mass = 0;
            for (int d = 0; d < candidates; d++)
            {
                output[d] = Math.Exp((lexical[d] - top) / temperature);
                mass += output[d];
            }

            for (int d = 0; d < candidates; d++)
                output[d] = alpha * (output[d] / mass) + (1 - alpha) * vector[d];
        }
    }
}
