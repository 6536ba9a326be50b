using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Hashed collections of operations that iterate in the same order in every build of the same code. Operations are
/// new objects in every build (a fresh <c>ControlFlowGraph</c>, an inlined body bound anew) and hash by identity, and an
/// <c>ImmutableDictionary</c>/<c>ImmutableHashSet</c> iterates in hash order: a loop's dims (<see cref="ValueFacts.Dims"/>)
/// and an index's terms (<see cref="LinearIndex.Terms"/>) came out in either order, the dimension classes were joined
/// in either order, and SoftDtw's anti-diagonal site was named <c>cost.r0</c> in one build and <c>cost.r0:?</c> in
/// another. Keys still compare by identity; only their hash is their place in the code (<see cref="StableHash"/>).
/// </summary>
/// <remarks>
/// Symbols keep <see cref="SymbolEqualityComparer.Default"/>: a stable hash must agree with its equality, and name and
/// declaration do not (a tuple's <c>Item2</c> and its named element: the array→span rewrite of TupleRows_PeakPerTaskOverRuns
/// then lost a raw root and reported an LG0003). Within one compilation their hashes do not change.
/// </remarks>
internal static class StableKeys
{
    /// <summary>Operations: identity equality, hashed by their place in the code.</summary>
    public static IEqualityComparer<IOperation> Operations { get; } = new OperationComparer();

    /// <summary>The empty set of operations, with <see cref="Operations"/>.</summary>
    public static ImmutableHashSet<IOperation> NoOperations { get; } = ImmutableHashSet<IOperation>.Empty.WithComparer(Operations);

    /// <summary>The empty map keyed by operations, with <see cref="Operations"/>.</summary>
    public static ImmutableDictionary<IOperation, TValue> Map<TValue>() => Maps<TValue>.Empty;

    /// <summary><paramref name="operations"/> as a set with <see cref="Operations"/>.</summary>
    public static ImmutableHashSet<IOperation> SetOf(IEnumerable<IOperation> operations) => NoOperations.Union(operations);

    private static class Maps<TValue>
    {
        public static readonly ImmutableDictionary<IOperation, TValue> Empty = ImmutableDictionary<IOperation, TValue>.Empty.WithComparers(Operations);
    }

    private sealed class OperationComparer : IEqualityComparer<IOperation>
    {
        public bool Equals(IOperation? x, IOperation? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOperation obj) => StableHash.Of(obj);
    }
}
