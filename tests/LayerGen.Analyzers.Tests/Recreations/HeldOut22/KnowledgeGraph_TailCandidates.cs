// Source: re-creates the shape of tail-entity prediction in knowledge-graph embedding libraries (DistMult scores
// ⟨h, r, t⟩ over candidate tails, Yang et al. 2015; the "1-N scoring" softmax used in training and ranking).
// Layout: generic math over T : IFloatingPointIeee754<T>; flat ReadOnlySpan<T> scores [queries × candidates], each
// query's row sliced out; output Span<T>.
// Label: Correct — each query's candidate scores are shifted by that query's own best score.
using System;
using System.Numerics;

namespace HeldOut22.KnowledgeGraph_TailCandidates;

/// <summary>Tail-candidate probabilities for (head, relation, ?) queries.</summary>
public static class TailPredictor
{
    /// <summary>probabilities[q · candidates + t] = softmax over t of scores[q · candidates + t].</summary>
    public static void TailProbabilities<T>(ReadOnlySpan<T> scores, int candidates, Span<T> probabilities)
        where T : IFloatingPointIeee754<T>
    {
        int queries = scores.Length / candidates;
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<T> row = scores.Slice(q * candidates, candidates);
            Span<T> output = probabilities.Slice(q * candidates, candidates);
            T best = T.NegativeInfinity;
            for (int t = 0; t < row.Length; t++)
            {
                best = T.Max(best, row[t]);
            }

            T partition = T.Zero;
            for (int t = 0; t < row.Length; t++)
            {
                output[t] = T.Exp(row[t] - best);
                partition += output[t];
            }

            for (int t = 0; t < row.Length; t++)
            {
                output[t] /= partition;
            }
        }
    }
}
