using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Index lists reached through the group a loop picks (HeldOut47's <c>CodonUsage_AllCodonsPeak</c>): per iteration of a
/// loop over a collection of groups, <c>group.Value</c> of a <c>KeyValuePair&lt;char, int[]&gt;</c>, <c>group.Codons</c> of a
/// tuple, <c>group.Indices</c> of a record (also <c>records[g].Indices</c>), the <c>idx</c> of <c>foreach (var (aa, idx) in
/// synonymous)</c>, <c>synonymous[aa]</c> for <c>foreach (char aa in synonymous.Keys)</c>, or a local copied from one of those,
/// is one list of several, like <c>groups[g]</c> or the element of <c>foreach (int[] idx in groups)</c>: a read through it is
/// a gather (Gathers.cs), which a fold over the whole buffer spans together with the other groups.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The collection of groups <paramref name="list"/> is read from, when it is one group's index list reached through the
    /// group a loop picks; else null. Bounded by <see cref="MaxIndirectionDepth"/> through locals written once.
    /// </summary>
    private ISymbol? GroupIndexListRoot(IOperation list, int depth = 0)
    {
        switch (Unwrap(list))
        {
            case IMemberReferenceOperation { Instance: { } group } member
                when member is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                // group.Value, group.Codons, records[g].Indices: a member of the picked group.
                return PickedGroupRoot(group, depth);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } lists } lookup
                when Unwrap(lookup.Arguments[0].Value) is ILocalReferenceOperation { Local: var key } && ForEachOf(key) is { } keyWalk
                    && !IsDeconstructedValue(key, keyWalk):
                // synonymous[aa] for foreach (char aa in synonymous.Keys): the group the walked key looks up.
                return VariableOf(Unwrap(lists));
            case ILocalReferenceOperation { Local: var element } when ForEachOf(element) is { } forEach && DeconstructedPosition(element, forEach.LoopControlVariable) is not null:
                // idx of foreach (var (aa, idx) in synonymous): the picked group's list.
                return GroupCollectionRoot(forEach.Collection);
            case ILocalReferenceOperation { Local: var local } when depth < MaxIndirectionDepth && SingleDefinitionValue(local) is { } value:
                return GroupIndexListRoot(value, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>
    /// The collection <paramref name="group"/> is one element of, per iteration of a loop: the variable of a <c>foreach</c>
    /// over groups (not an index walk), an element picked by an index that moves with a loop, or a local copied from one.
    /// </summary>
    private ISymbol? PickedGroupRoot(IOperation group, int depth)
    {
        switch (Unwrap(group))
        {
            case ILocalReferenceOperation { Local: var element } when ForEachOf(element) is { } forEach && !IsIndexType(element.Type)
                && DeconstructedElements(forEach.LoopControlVariable) is null:
                return GroupCollectionRoot(forEach.Collection);
            case IArrayElementReferenceOperation { Indices.Length: 1 } picked when MovesWithLoops(picked.Indices[0]):
                return VariableOf(Unwrap(picked.ArrayReference));
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } groups } picked
                when MovesWithLoops(picked.Arguments[0].Value):
                return VariableOf(Unwrap(groups));
            case ILocalReferenceOperation { Local: var local } when depth < MaxIndirectionDepth && SingleDefinitionValue(local) is { } value:
                return PickedGroupRoot(value, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The variable holding the groups a loop walks: <c>synonymous</c> also for <c>synonymous.Values</c>.</summary>
    private static ISymbol? GroupCollectionRoot(IOperation collection) =>
        Unwrap(collection) is IPropertyReferenceOperation { Property.Name: "Values", Instance: { } dictionary }
            ? VariableOf(Unwrap(dictionary))
            : VariableOf(Unwrap(collection));
}
