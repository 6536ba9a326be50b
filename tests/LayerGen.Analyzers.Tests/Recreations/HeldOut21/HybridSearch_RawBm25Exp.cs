// Source: hybrid (lexical + vector) search score fusion with a tempered softmax over BM25 scores (Bruch et al. 2023).
// Layout: flat ReadOnlySpan<double> [queries × candidates] sliced per query, Span<double> output.
// Label: LG0003 (BM25 scores are exponentiated raw; long queries score in the hundreds and overflow).
using System;

namespace HeldOut21.HybridSearchRawBm25Exp;

/// <summary>Turns each query's BM25 scores into a distribution over its candidates.</summary>
public static class LexicalDistribution
{
    /// <summary>p = exp(bm25 / T) / Σ exp(bm25 / T), per query.</summary>
    public static void Normalise(ReadOnlySpan<double> bm25, int candidates, double temperature, Span<double> probabilities)
    {
        for (int start = 0; start < bm25.Length; start += candidates)
        {
            ReadOnlySpan<double> scores = bm25.Slice(start, candidates);
            Span<double> output = probabilities.Slice(start, candidates);
            double mass = 0;
            for (int d = 0; d < scores.Length; d++)
            {
                output[d] = Math.Exp(scores[d] / temperature); //~ LG0003
                mass += output[d];
            }

            for (int d = 0; d < output.Length; d++) output[d] /= mass;
        }
    }
}
