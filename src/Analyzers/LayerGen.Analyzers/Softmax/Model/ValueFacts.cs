using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What the model knows of one value: which loop selects which data dimension (<see cref="Dims"/>), whether it
/// reads input values not shifted by anything (<see cref="RawRoots"/>), what was subtracted (<see cref="Shifts"/>),
/// which exps it is computed from (<see cref="Exps"/>), and whether it is a softmax probability or a log of one.
/// </summary>
internal sealed class ValueFacts
{
    public static readonly ValueFacts Empty = new(
        StableKeys.Map<ImmutableHashSet<DimensionAtom>>(),
        ImmutableHashSet<ISymbol>.Empty.WithComparer(SymbolEqualityComparer.Default),
        StableKeys.NoOperations,
        StableKeys.NoOperations,
        isProbability: false,
        isOpaque: false);

    public ValueFacts(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims,
        ImmutableHashSet<ISymbol> rawRoots,
        ImmutableHashSet<IOperation> shifts,
        ImmutableHashSet<IOperation> exps,
        bool isProbability,
        bool isOpaque)
    {
        // Stable iteration orders whichever collections the caller built (a no-op for those built from StableKeys).
        Dims = dims.WithComparers(StableKeys.Operations);
        RawRoots = rawRoots;
        Shifts = shifts.WithComparer(StableKeys.Operations);
        Exps = exps.WithComparer(StableKeys.Operations);
        IsProbability = isProbability;
        IsOpaque = isOpaque;
    }

    /// <summary>Loop (a loop statement, an iterating lambda or a whole-buffer call) → the dimensions it selects.</summary>
    public ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> Dims { get; }

    /// <summary>Buffers whose elements are read as they came in (logits), not shifted by anything.</summary>
    public ImmutableHashSet<ISymbol> RawRoots { get; }

    /// <summary>The operands subtracted from the value (<c>m</c> in <c>x[i] - m</c>).</summary>
    public ImmutableHashSet<IOperation> Shifts { get; }

    /// <summary>The exp calls the value is computed from.</summary>
    public ImmutableHashSet<IOperation> Exps { get; }

    /// <summary>True for a softmax output (an exp divided by a sum of exps).</summary>
    public bool IsProbability { get; }

    /// <summary>True when part of the value comes from something the model does not understand.</summary>
    public bool IsOpaque { get; }

    public static ValueFacts Raw(ISymbol root, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims) =>
        Empty.With(dims: dims, rawRoots: Empty.RawRoots.Add(root));

    public static ValueFacts Opaque() => Empty.With(isOpaque: true);

    public ValueFacts With(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>>? dims = null,
        ImmutableHashSet<ISymbol>? rawRoots = null,
        ImmutableHashSet<IOperation>? shifts = null,
        ImmutableHashSet<IOperation>? exps = null,
        bool? isProbability = null,
        bool? isOpaque = null) =>
        new(dims ?? Dims, rawRoots ?? RawRoots, shifts ?? Shifts, exps ?? Exps, isProbability ?? IsProbability, isOpaque ?? IsOpaque);

    /// <summary>Everything either value knows (an arithmetic combination of both).</summary>
    public ValueFacts Merge(ValueFacts other)
    {
        if (ReferenceEquals(this, Empty))
        {
            return other;
        }

        if (ReferenceEquals(other, Empty))
        {
            return this;
        }

        return new ValueFacts(
            MergeDims(Dims, other.Dims),
            RawRoots.Union(other.RawRoots),
            Shifts.Union(other.Shifts),
            Exps.Union(other.Exps),
            IsProbability || other.IsProbability,
            IsOpaque || other.IsOpaque);
    }

    /// <summary>The same value with its dimensions replaced (an element read elsewhere keeps what it is, not where it was).</summary>
    public ValueFacts WithoutDims() => With(dims: StableKeys.Map<ImmutableHashSet<DimensionAtom>>());

    public static ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> MergeDims(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> first,
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> second)
    {
        var result = first.WithComparers(StableKeys.Operations);
        foreach (var pair in second)
        {
            result = result.TryGetValue(pair.Key, out var existing)
                ? result.SetItem(pair.Key, existing.Union(pair.Value))
                : result.Add(pair.Key, pair.Value);
        }

        return result;
    }

    /// <summary>The dimensions with the loop <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    public static ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> RenameLoop(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims, IOperation from, IOperation to) =>
        dims.TryGetValue(from, out var atoms) ? MergeDims(dims.Remove(from), DimsOf(to, atoms)) : dims;

    /// <summary>True when nothing new would be learnt by merging <paramref name="other"/>.</summary>
    public bool Covers(ValueFacts other) =>
        other.RawRoots.All(RawRoots.Contains) && other.Shifts.All(Shifts.Contains) && other.Exps.All(Exps.Contains)
        && (IsProbability || !other.IsProbability) && (IsOpaque || !other.IsOpaque)
        && other.Dims.All(pair => Dims.TryGetValue(pair.Key, out var atoms) && pair.Value.All(atoms.Contains));

    public static ImmutableHashSet<DimensionAtom> Atoms(params DimensionAtom[] atoms) => ImmutableHashSet.Create(atoms);

    public static ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> DimsOf(IOperation loop, IEnumerable<DimensionAtom> atoms) =>
        StableKeys.Map<ImmutableHashSet<DimensionAtom>>().Add(loop, atoms.ToImmutableHashSet());
}
