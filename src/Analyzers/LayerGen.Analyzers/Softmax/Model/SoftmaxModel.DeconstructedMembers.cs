using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Group keys read through a deconstructing walk or an indexed element: <c>seg</c> of
/// <c>foreach (var (seg, logit) in cells)</c> is the member <c>Segment</c> (or <c>Item1</c>, or a positional record's
/// <c>Deconstruct</c> parameter's property) of the walked element, the same key <c>cell.Segment</c> of
/// <c>foreach (var cell in cells)</c> and <c>cells[i].Segment</c> of <c>for (i …)</c> name. A per-group fold built by
/// <c>cells.GroupBy(x =&gt; x.Segment).ToDictionary(g =&gt; g.Key, g =&gt; g.Max(…))</c> and looked up at any of these
/// spellings is the walked element's own group's fold (KeyedMappedFolds.cs); without this only the member read was.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The member name <paramref name="local"/> stands for when it is deconstructed from the element of
    /// <paramref name="forEach"/> over a buffer of tuples or records (not a dictionary's key or value); else null.
    /// </summary>
    private static string? DeconstructedMemberName(ILocalSymbol local, IForEachLoopOperation forEach) =>
        !WellKnownSymbols.IsDictionary(Unwrap(forEach.Collection)?.Type)
        && DeconstructedPosition(local, forEach.LoopControlVariable) is var (position, count)
        && KeyMember(ElementType(WalkedCollectionType(forEach)), position, count) is { } member
            ? MemberIdentity(member).Name
            : null;

    /// <summary>
    /// True when <paramref name="element"/> is <c>root[i]</c> (an array or list element) at the variable of a loop
    /// that steps through <paramref name="root"/> one element at a time: the element that loop walks, as a
    /// <c>foreach</c> variable over <paramref name="root"/> is.
    /// </summary>
    private bool IsIndexedWalkElement(IOperation element, ISymbol root) =>
        element is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
        && OneIndexRead(element) is var (buffer, index, _) && SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(buffer)), root)
        && Linear(index) is { Terms.Count: 1 } walk && walk.Terms.First().Value.Equals(Stride.One) && walk.IsLoopFree is false;

    /// <summary>
    /// The type of the collection a <c>foreach</c> walks as written: past the conversion to an enumerable interface the
    /// loop may wrap it in (an array walked as <c>IEnumerable</c> would have no element type).
    /// </summary>
    private static ITypeSymbol? WalkedCollectionType(IForEachLoopOperation forEach) => Unwrap(forEach.Collection)?.Type ?? forEach.Collection.Type;

    /// <summary>The chain <paramref name="read"/> with the member <paramref name="member"/> the walked local stands for in front.</summary>
    private static bool MemberChainIs(string member, IReadOnlyList<string> read, IReadOnlyList<string> chain) =>
        new[] { member }.Concat(read).SequenceEqual(chain);
}
