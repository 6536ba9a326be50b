using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Gathers: <c>rating[players[i]]</c>, or <c>ratings[id]</c> for <c>foreach (int id in teams[t])</c>, reads a flat buffer at
/// positions listed in an index array that a loop picks (one list per match, team, group). Such a read walks a subset
/// of the buffer, one per list: its dimension is <see cref="DimensionAtom.Gather"/>, which a fold over the whole buffer
/// contains together with the elements no list names (<see cref="DimensionClasses"/>): <c>rating.Max()</c> spans more than
/// one match's players. An index list no loop picks (one permutation, <c>Enumerable.Range</c>) may list every element
/// and stays what it was (see IndexWalks.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The buffer of index lists a gathering index reads from, when a loop picks the list (or, with
    /// <paramref name="segments"/>, a segment of it); else null. The index is the list's entry itself (through locals
    /// written once); an entry scaled to a block is <see cref="BlockGatherListRoot"/>.
    /// </summary>
    private ISymbol? GatherListRoot(IOperation? index, int depth = 0, bool segments = true)
    {
        index = Unwrap(index);
        switch (index)
        {
            case not null when OneIndexRead(index) is var (list, position, entry) && IsIndexType(entry) && MovesWithLoops(position):
                return PickedListRoot(list) ?? (segments ? SegmentPickedListRoot(list, position) : null);
            case ILocalReferenceOperation or IParameterReferenceOperation when IndexWalkRead(index) is var (_, walkedList):
                // j of foreach (int j in nb[i]) or of nb[i].Select(j => …) (LambdaIndexWalks.cs).
                return PickedListRoot(walkedList);
            case ILocalReferenceOperation { Local: var key } when KeyedGroupListRoot(key) is { } keyedLists:
                // score[t] for foreach (string t in tickers), one group's keys (KeyedGroupGathers.cs).
                return keyedLists;
            case ILocalReferenceOperation { Local: var local } when depth < MaxIndirectionDepth && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value:
                return GatherListRoot(value, depth + 1, segments);
            default:
                return null;
        }
    }

    /// <summary>
    /// The root of <paramref name="list"/> when it is one list of several, picked by a loop (<c>matches[m]</c>, <c>teams[t]</c>
    /// of a <c>List&lt;int&gt;[]</c>, or a local holding one).
    /// </summary>
    private ISymbol? PickedListRoot(IOperation list, int depth = 0)
    {
        if (EvalView(list) is { Root: { } root, FixedDims.Count: > 0 })
        {
            return root;
        }

        return Unwrap(list) switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element when MovesWithLoops(element.Indices[0]) => VariableOf(Unwrap(element.ArrayReference)),
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } lists } indexer
                when MovesWithLoops(indexer.Arguments[0].Value) => VariableOf(Unwrap(lists)),
            ILocalReferenceOperation { Local: var local } when depth == 0 && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value => PickedListRoot(value, depth + 1) ?? GroupIndexListRoot(list),
            // group.Value, idx of foreach (var (aa, idx) in …), synonymous[aa]: GroupIndexLists.cs.
            _ => GroupIndexListRoot(list),
        };
    }

    /// <summary>The ungathered part of the buffer <paramref name="read"/> gathers from: held out of the slice, like a fixed coordinate.</summary>
    private DimensionAtom? UngatheredOf(IOperation read) =>
        OneIndexRead(read) is var (buffer, index, _) && IndexGatherRoot(index) is not null && !LooksUpUnprovenDictionary(buffer, index) && EvalView(buffer) is { Layout: BufferLayout.Flat, FlatOffset: null, Root: { } root }
            ? new DimensionAtom(root, DimensionAtom.UngatheredKey)
            : null;
}
