// Idiom: positional records holding ImmutableArray<double>, non-destructive `with` updates, ImmutableArray builders.
// Use: game-tree search node snapshots (state id, move priors), priors replaced by their softmax.
// Layout: IReadOnlyList<NodeSnapshot>, each snapshot's Logits one distribution.
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace LayerGen.Recreations.HeldOut27;

/// <summary>A search node: its move logits and, once normalised, its move priors.</summary>
public sealed record NodeSnapshot(int StateId, ImmutableArray<double> Logits, ImmutableArray<double> Priors);

public static class RecordWithPolicy
{
    /// <summary>Returns each snapshot with its Priors set to the softmax of its own Logits.</summary>
    public static List<NodeSnapshot> WithPriors(IReadOnlyList<NodeSnapshot> nodes)
    {
        var updated = new List<NodeSnapshot>(nodes.Count);
        foreach (var node in nodes)
        {
            double best = double.NegativeInfinity;
            foreach (double logit in node.Logits)
            {
                best = Math.Max(best, logit);
            }

            var builder = ImmutableArray.CreateBuilder<double>(node.Logits.Length);
            double partition = 0.0;
            foreach (double logit in node.Logits)
            {
                double w = Math.Exp(logit - best);
                builder.Add(w);
                partition += w;
            }

            for (int i = 0; i < builder.Count; i++)
            {
                builder[i] /= partition;
            }

            updated.Add(node with { Priors = builder.MoveToImmutable() });
        }

        return updated;
    }
}
