// Re-creation (our own code) of the shape of 1-N scoring with a full softmax over entities for ComplEx knowledge-graph
// embeddings (Trouillon et al. 2016; Lacroix et al. 2018 "Canonical Tensor Decomposition for Knowledge Base
// Completion", kbc): score(q, e) = Re⟨h ∘ r, conj(t_e)⟩ and p(e | q) = softmax over every entity.
// Layout: generic math T (IFloatingPointIeee754), query embeddings h∘r as flat [Q · rank] real/imaginary spans,
// entity embeddings flat [E · rank]; scores computed into a scratch row per query; probabilities flat [Q · E].
// Correct: each query's scores are shifted by their own maximum over the entities.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut10;

public static class ComplExScoringOneToNSoftmax
{
    public static void Probabilities<T>(
        ReadOnlySpan<T> queryRe, ReadOnlySpan<T> queryIm, ReadOnlySpan<T> entityRe, ReadOnlySpan<T> entityIm, int rank, Span<T> probabilities)
        where T : IFloatingPointIeee754<T>
    {
        int queries = queryRe.Length / rank;
        int entities = entityRe.Length / rank;
        var scores = new T[entities];
        for (int q = 0; q < queries; q++)
        {
            T best = T.NegativeInfinity;
            for (int e = 0; e < entities; e++)
            {
                T s = T.Zero;
                for (int k = 0; k < rank; k++)
                    s += queryRe[q * rank + k] * entityRe[e * rank + k] + queryIm[q * rank + k] * entityIm[e * rank + k];
                scores[e] = s;
                best = T.Max(best, s);
            }

            T sum = T.Zero;
            Span<T> row = probabilities.Slice(q * entities, entities);
            for (int e = 0; e < entities; e++)
            {
                row[e] = T.Exp(scores[e] - best);
                sum += row[e];
            }

            for (int e = 0; e < entities; e++)
                row[e] /= sum;
        }
    }
}
