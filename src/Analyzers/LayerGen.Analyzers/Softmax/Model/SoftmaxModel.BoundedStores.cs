using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Bounds carried through a buffer (HeldOut72 <c>CosineBounded256_RetrievalScores</c>): <c>row[k] = 20f *
/// TensorPrimitives.CosineSimilarity(q, key)</c>, then <c>row[j] = MathF.Exp(row[j])</c>. A bound marker (a cosine, a
/// clamp, a bounded function) is stored with the value like a shift, so the later read is bounded; but it proves
/// something of the elements only while every value stored into the buffer is bounded (or an exp, a shift or a
/// probability computed from them). A store of an unknown value (<c>scores[k] = Score(v)</c>, a helper the model does
/// not read) or of unshifted data (<c>row[k] = logits[k]</c>) into the same buffer leaves its elements reportable: the
/// bound markers are not stored there, and the read falls back to the buffer's own data. A bound applied in place
/// (<c>z[i] = Math.Min(z[i], 80f)</c>, reading the buffer's own elements) holds whatever was stored before.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The value of <c>TensorPrimitives.CosineSimilarity(a, b)</c>: a cosine, in [−1, 1] whatever the spans hold, marked
    /// with a bound of 1 like a recognised cosine quotient (CosineScales.cs scales it and judges it at the exp); null for
    /// any other call.
    /// </summary>
    private ValueFacts? LibraryCosineValue(IInvocationOperation call)
    {
        if (!Symbols.IsTensorPrimitives(call.TargetMethod, "CosineSimilarity") || call.Arguments.Length != 2)
        {
            return null;
        }

        _cosineBounds[call] = 1.0;
        return ValueFacts.Empty.With(shifts: ValueFacts.Empty.Shifts.Add(call));
    }

    /// <summary>
    /// True when <paramref name="facts"/>, stored into <paramref name="root"/>, bound nothing: an unknown value or data
    /// not shifted by anything, holding no bound marker, exp or probability (a read of the buffer's own elements, an
    /// in-place update, is not such a value: it holds what the buffer holds).
    /// </summary>
    private bool IsUnboundedStore(ISymbol root, ValueFacts facts) =>
        facts.Shifts.Count == 0 && facts.Exps.Count == 0 && !facts.IsProbability
        && (facts.IsOpaque || facts.RawRoots.Any(raw => !SymbolEqualityComparer.Default.Equals(raw, root)));

    /// <summary>
    /// The stores of one round with the bound markers removed from those into a buffer that also receives an unbounded
    /// store (see the type's summary); other shifts, exps and probabilities are kept.
    /// </summary>
    private List<(ISymbol Root, ValueFacts Facts)> WithoutUnprovenBounds(List<(ISymbol Root, ValueFacts Facts)> stores)
    {
        var unbounded = new HashSet<ISymbol>(stores.Where(store => IsUnboundedStore(store.Root, store.Facts)).Select(store => store.Root), SymbolEqualityComparer.Default);

        // z[i] = Math.Min(z[i], 80f) bounds the elements in place, whatever was stored before (a copy of the logits).
        unbounded.ExceptWith(stores.Where(store => store.Facts.RawRoots.Contains(store.Root) && store.Facts.Shifts.Any(IsBoundMarker)).Select(store => store.Root));
        if (unbounded.Count == 0)
        {
            return stores;
        }

        return stores.Select(store => !unbounded.Contains(store.Root) || !store.Facts.Shifts.Any(IsBoundMarker) ? store
            : (store.Root, store.Facts.With(shifts: store.Facts.Shifts.Where(shift => !IsBoundMarker(shift)).Aggregate(store.Facts.Shifts.Clear(), (set, shift) => set.Add(shift)))))
            .ToList();
    }
}
