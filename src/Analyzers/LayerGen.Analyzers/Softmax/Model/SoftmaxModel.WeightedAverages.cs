using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A softmax whose probabilities are never stored: the attention output <c>Σ_j p_j v_j / Σ_j p_j</c>, exps used only as
/// weights of an accumulator divided, after the keys' loop, by the sum of the same exps (<c>acc[c] += p * v[j][c]</c>,
/// then <c>acc[c] /= l</c>, <c>acc[c] / l</c> on read, or <c>acc[c] * (1 / l)</c>), online with the rescale
/// <c>acc *= exp(mOld - mNew)</c> or two-pass. The divided value varies along the values' dimension, not along the keys
/// the sum folds, so its slice is the exps' slice (the keys of one query), and the rules judge its max and sum as for a
/// stored softmax. Σ exp·v divided by a count or by another sum shares no exp with its divisor and is no site.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The atoms of a weighted average's slice: the site's own with those of the arguments of the exps the divided value
    /// shares with the sum; null when the site is no weighted average (the sum's dimensions are already the divided
    /// value's, the slice adds nothing to the sum's atoms, no exp is shared, or the division runs inside a loop the shared exps vary along the sum's axis with:
    /// <c>probs[j] = p / l</c> is a stored probability, not an average).
    /// </summary>
    private ImmutableHashSet<DimensionAtom>? WeightedAverageAtoms(IOperation division, ValueFacts numerator, Reduction sum, ImmutableHashSet<DimensionAtom> siteAtoms)
    {
        if (sum.Atoms.IsEmpty || sum.Atoms.IsSubsetOf(siteAtoms))
        {
            return null;
        }

        var shared = numerator.Exps.Intersect(sum.Elements.Exps);
        var recomputed = shared.IsEmpty;
        if (recomputed)
        {
            // Two-pass with the numerator's exps recomputed: Σ_j exp(s[q, j] - m[q]) v[j, c] over a sum of the same exps (RecomputedWeights.cs).
            shared = RecomputedSumExps(numerator, sum);
            if (shared.IsEmpty)
            {
                return null;
            }
        }

        var slice = siteAtoms;
        var perBatch = false;
        foreach (var exp in shared)
        {
            foreach (var pair in ExpArgument(exp).Dims)
            {
                if (pair.Value.Overlaps(sum.Atoms) && Contains(pair.Key, division))
                {
                    // A shared exp divided inside the loop it steps along the sum is a stored probability. A recomputed
                    // exp folded in its own inner loop sees the division only in an outer (query) loop the sum folds too.
                    if (!recomputed || EnclosingLoop(exp) == pair.Key)
                    {
                        return null;
                    }

                    perBatch = true;
                }

                slice = slice.Union(pair.Value);
            }
        }

        // A slice no wider than the sum's own atoms is one vector's expectation (Σ f·x / Σ f over a single buffer): there
        // is no query or batch for the site to add, and the plain division reading already judges it. A recomputed
        // average divided per query by a sum that folds the queries too is one total over several slices.
        return sum.Atoms.IsSubsetOf(slice) && (!slice.SetEquals(sum.Atoms) || perBatch) ? slice : null;
    }

    /// <summary>
    /// True when the accumulator <paramref name="numerator"/> reads (<c>acc[c]</c>, <c>num</c>) is rescaled to each new
    /// maximum as the running sum is (<c>acc[c] *= exp(mOld - mNew)</c>, <c>acc[c] = acc[c] * r + p * v[j][c]</c>): its
    /// exps shifted by a running max read mid-way are all moved to the final one, as the online softmax's sum is.
    /// </summary>
    private bool IsRescaledAccumulator(IOperation? numerator)
    {
        var value = Unwrap(numerator);
        if (value is null)
        {
            return false;
        }

        if (IsElementAccess(value))
        {
            return RootOf(value) is { } root && ElementWritesInto(root).Any(write => RescaleExponent(root, write.Operation, write.Value) is not null);
        }

        return VariableOf(value) is ILocalSymbol local && WritesOf(local).Any(write => RescaleExponent(local, write.Operation, write.Value) is not null);
    }
}
