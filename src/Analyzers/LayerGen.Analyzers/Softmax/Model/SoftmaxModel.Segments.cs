using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Scatter reductions into segments named by data: <c>denominators[destination[e]] += w</c>,
/// <c>segMax[edges[e].Target] = Max(segMax[edges[e].Target], s[e])</c>, <c>sums[labels[i]] += e</c> (a dictionary keyed
/// by a label read per element). The key is an element read of another buffer by the walk's own variable, so each
/// value of the key collects its own elements: the fold runs over one segment of the walk, not over the walk, and the
/// walk's axis is split into "within a segment" and "which segment" (<see cref="DimensionClasses.Segment"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Loop → segment key name for a one-index element reference indexed by a key read per element of that loop.</summary>
    private Dictionary<IOperation, string> SegmentKeys(IOperation? elementReference, Dictionary<IOperation, FlatKey> flatKeys)
    {
        var keys = new Dictionary<IOperation, string>();
        var index = OneIndexRead(elementReference)?.Index;
        if (flatKeys.Count == 0 && (SegmentKeyOf(index, depth: 0) ?? SegmentBlockKeyOf(index)) is { } key && !SymbolEqualityComparer.Default.Equals(key.Root, RootOf(elementReference!)))
        {
            keys[key.Loop] = key.Name;
        }

        return keys;
    }

    /// <summary>
    /// <c>destination[e]</c>, <c>edges[e].Target</c> or a local defined once as one (<c>int v = destination[e];</c>):
    /// a read of another buffer whose index is the walk variable of exactly one loop; null otherwise.
    /// </summary>
    private (IOperation Loop, ISymbol Root, string Name)? SegmentKeyOf(IOperation? index, int depth)
    {
        index = Unwrap(index);
        if (index is ILocalReferenceOperation deconstructed && depth < 2 && DeconstructedSegmentKeyOf(deconstructed.Local, depth) is { } memberKey)
        {
            return memberKey;
        }

        if (index is ILocalReferenceOperation local && depth < 2 && ForEachOf(local.Local) is null && WritesOf(local.Local) is { Count: 1 } writes
            && writes[0].Value is { } definition && !Contains(definition, index))
        {
            return SegmentKeyOf(definition, depth + 1);
        }

        var member = string.Empty;
        if (index is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } && MemberInstance(index) is ILocalReferenceOperation { Local: var walked }
            && ForEachOf(walked) is { } forEach && VariableOf(Unwrap(forEach.Collection)) is { } collection)
        {
            // edge.Target of foreach (var edge in edges): the same key as edges[e].Target.
            return (forEach, collection, collection.Name + "." + MemberName(index));
        }

        if (index is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } && MemberInstance(index) is { } instance && IsElementAccess(instance))
        {
            member = "." + MemberName(index);
            index = instance;
        }

        if (index is null || !IsElementAccess(index))
        {
            return null;
        }

        // The key buffer holds integers or labels, not data: its own variable names it.
        var (keys, keyIndex, _) = OneIndexRead(index) ?? default;
        if (keyIndex is null || (RootOf(index) ?? VariableOf(keys)) is not { } root || Linear(keyIndex) is not { IsLoopFree: false } walk || walk.Terms.Count != 1)
        {
            return null;
        }

        return (walk.Terms.Keys.First(), root, root.Name + member);
    }

    private static string MemberName(IOperation member) =>
        member is IFieldReferenceOperation field ? MemberIdentity(field.Field).Name : ((IPropertyReferenceOperation)member).Property.Name;
}
