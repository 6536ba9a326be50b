using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Hashed collections of operations and symbols that iterate in the same order in every build of the same code.
/// Operations are new objects in every build (a fresh <c>ControlFlowGraph</c>, an inlined body bound anew) and hash by
/// identity, symbols of a new compilation too, and an <c>ImmutableDictionary</c>/<c>ImmutableHashSet</c> iterates in
/// hash order: a loop's dims (<see cref="ValueFacts.Dims"/>) and an index's terms (<see cref="LinearIndex.Terms"/>)
/// came out in either order, the dimension classes were joined in either order, and SoftDtw's anti-diagonal site was
/// named <c>cost.r0</c> in one build and <c>cost.r0:?</c> in another. Keys compare as before (operations by identity,
/// symbols with <see cref="SymbolEqualityComparer.Default"/>); only their hash is their place in the code
/// (<see cref="StableHash"/>).
/// </summary>
internal static class StableKeys
{
    /// <summary>Operations: identity equality, hashed by their place in the code.</summary>
    public static IEqualityComparer<IOperation> Operations { get; } = new OperationComparer();

    /// <summary>Symbols: <see cref="SymbolEqualityComparer.Default"/> equality, hashed by name and declaration.</summary>
    public static IEqualityComparer<ISymbol> Symbols { get; } = new SymbolComparer();

    /// <summary>The empty set of operations, with <see cref="Operations"/>.</summary>
    public static ImmutableHashSet<IOperation> NoOperations { get; } = ImmutableHashSet<IOperation>.Empty.WithComparer(Operations);

    /// <summary>The empty set of symbols, with <see cref="Symbols"/>.</summary>
    public static ImmutableHashSet<ISymbol> NoSymbols { get; } = ImmutableHashSet<ISymbol>.Empty.WithComparer(Symbols);

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

    private sealed class SymbolComparer : IEqualityComparer<ISymbol>
    {
        public bool Equals(ISymbol? x, ISymbol? y) => SymbolEqualityComparer.Default.Equals(x, y);

        // Symbols equal by SymbolEqualityComparer.Default share their definition: the same name and declaration.
        public int GetHashCode(ISymbol obj) => StableHash.Of(obj);
    }
}
