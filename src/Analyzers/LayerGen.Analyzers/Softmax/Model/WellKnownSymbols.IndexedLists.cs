using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Collections recognised by what they implement rather than by name: a generic type of one type argument that is a
/// read-only list of that argument (<c>ImmutableArray&lt;T&gt;</c>, <c>ImmutableList&lt;T&gt;</c>,
/// <c>ReadOnlyCollection&lt;T&gt;</c>, <c>Collection&lt;T&gt;</c>, a user's own list type) is indexed and enumerated like
/// <c>IReadOnlyList&lt;T&gt;</c>, so it is a row (or a collection of rows) exactly where <c>IReadOnlyList&lt;T&gt;</c> is
/// (HeldOut66's <c>ImmutableArray&lt;ImmutableArray&lt;double&gt;&gt;</c> rows).
/// </summary>
internal sealed partial class WellKnownSymbols
{
    /// <summary>
    /// A one-dimensional sequence of elements: a span, list, memory, segment or enumerable named as such, or any
    /// generic type that is an indexed read-only list of its one type argument (<see cref="IsIndexedReadOnlyList"/>).
    /// </summary>
    private static bool IsSequence(INamedTypeSymbol named) => IsSequenceName(named.Name) || IsIndexedReadOnlyList(named);

    /// <summary>
    /// True when <paramref name="named"/> has one type argument and implements
    /// <c>System.Collections.Generic.IReadOnlyList&lt;T&gt;</c> of it: its elements are read by position like an array's.
    /// Types and their interfaces only (Roslyn caches <c>AllInterfaces</c>), so this is cheap on every buffer check.
    /// </summary>
    public static bool IsIndexedReadOnlyList(INamedTypeSymbol named) =>
        named.TypeArguments.Length == 1
        && named.AllInterfaces.Any(face => face.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T
            && SymbolEqualityComparer.Default.Equals(face.TypeArguments[0], named.TypeArguments[0]));
}
