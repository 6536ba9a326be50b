using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Groups grouped again (the stop-41 review's G04/G05): <c>foreach (var region in alts.GroupBy(a =&gt; a.Region))</c>, then
/// <c>foreach (var trip in region.GroupBy(a =&gt; a.TripId))</c>. A trip is the slice of the list with both keys: its offset
/// holds the region's term and the trip's (KeyedGroups.cs). A region's slice then spans its trips: a fold over the region
/// (the group itself, or the list filtered by the region key only) walks the trip stride too, so a sum over it divides each
/// trip by the whole region. The nested groupings are found once per method, before any view is read.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per list, the strides of the groupings made of each group of one grouping (outer stride text → inner atoms).</summary>
    private Dictionary<ISymbol, Dictionary<string, ImmutableHashSet<DimensionAtom>>>? _subgroups;

    /// <summary>The strides that groupings of each group of <paramref name="root"/> by <paramref name="stride"/> walk (empty when none is grouped again).</summary>
    private ImmutableHashSet<DimensionAtom> SubgroupAtoms(ISymbol root, Stride stride)
    {
        _subgroups ??= CollectSubgroups();
        return _subgroups.TryGetValue(root, out var byStride) && byStride.TryGetValue(stride.Text, out var atoms)
            ? atoms
            : ImmutableHashSet<DimensionAtom>.Empty;
    }

    /// <summary>Every <c>GroupBy</c>/<c>ToLookup</c> of a group (a <c>foreach</c> local or lambda parameter walking another grouping).</summary>
    private Dictionary<ISymbol, Dictionary<string, ImmutableHashSet<DimensionAtom>>> CollectSubgroups()
    {
        var result = new Dictionary<ISymbol, Dictionary<string, ImmutableHashSet<DimensionAtom>>>(SymbolEqualityComparer.Default);
        foreach (var operation in _root.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation grouping && GroupingOf(grouping) is { } inner
                && GroupingWalked(inner.Source, 4) is { } outer)
            {
                if (!result.TryGetValue(outer.Root, out var byStride))
                {
                    byStride = new Dictionary<string, ImmutableHashSet<DimensionAtom>>();
                    result[outer.Root] = byStride;
                }

                var atom = DimensionAtom.Stride(outer.Root, inner.Stride.Text);
                byStride[outer.Stride.Text] = byStride.TryGetValue(outer.Stride.Text, out var atoms) ? atoms.Add(atom) : ImmutableHashSet.Create(atom);
            }
        }

        return result;
    }

    /// <summary>The source and key stride of <c>source.GroupBy(a =&gt; a.Member)</c> (or <c>ToLookup</c>, key selector only); null for any other call.</summary>
    private static (IOperation Source, Stride Stride)? GroupingOf(IInvocationOperation grouping) =>
        grouping.TargetMethod.Name is "GroupBy" or "ToLookup" && grouping.Arguments.Length == 2
            && LambdaArgument(grouping) is { Symbol.Parameters: [var element] } key
            && key.Body.Operations is [IReturnOperation { ReturnedValue: { } keyValue }]
            && GroupStride(Unwrap(keyValue), element) is { } stride
            ? (grouping.Arguments[0].Value, stride)
            : null;

    /// <summary>
    /// The grouping (its list and key stride) whose groups <paramref name="group"/> walks: a <c>foreach</c> local over it,
    /// or the element parameter of a lambda run once per group; null for anything else.
    /// </summary>
    private (ISymbol Root, Stride Stride)? GroupingWalked(IOperation? group, int depth)
    {
        IOperation? groups = Unwrap(group) switch
        {
            ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } forEach => forEach.Collection,
            IParameterReferenceOperation { Parameter: { Ordinal: 0 } parameter }
                when LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { Arguments.Length: > 0 } call && ElementOrdinal(call) == 0
                => call.Instance ?? call.Arguments[0].Value,
            _ => null,
        };
        for (var steps = 0; steps < 8 && depth > 0; steps++)
        {
            switch (Unwrap(groups))
            {
                case IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "AsEnumerable" or "OrderBy" or "OrderByDescending" } copy
                    when (copy.Instance ?? (copy.Arguments.Length > 0 ? copy.Arguments[0].Value : null)) is { } source:
                    groups = source;
                    break;
                case IInvocationOperation call when GroupingOf(call) is { } outer:
                    // The outer grouping's list: a whole list of records, or (deeper nesting) itself a group.
                    if (WholeRecordList(outer.Source) is { } root)
                    {
                        return (root, outer.Stride);
                    }

                    return GroupingWalked(outer.Source, depth - 1) is { } deeper ? (deeper.Root, outer.Stride) : null;
                case ILocalReferenceOperation { Local: var local } read when ForEachOf(local) is null:
                    if (WritesOf(local) is not { Count: 1 } writes || writes[0].Value is not { } value || Contains(value, read))
                    {
                        return null;
                    }

                    groups = value;
                    depth--;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The groups a grouping by <paramref name="stride"/> makes of one group <paramref name="source"/> (a slice of a list of records):
    /// each is the slice with the group's offset and the new key's term.
    /// </summary>
    private BufferView? SubgroupsView(BufferView source, IAnonymousFunctionOperation key, Stride stride)
    {
        if (source is not { Layout: BufferLayout.Flat, FlatOffset: { Terms.Count: > 0 } offset, Elements: null, Root: { } root })
        {
            return null;
        }

        var groupAtom = DimensionAtom.Stride(root, stride.Text);
        Classes.Add(groupAtom);
        var fixedDims = ValueFacts.MergeDims(source.FixedDims, ValueFacts.DimsOf(key, new[] { groupAtom }));
        var group = new BufferView(root, BufferLayout.Flat, 1, 0, offset.Add(LinearIndex.Loop(key, stride)), fixedDims, flattened: false)
            .Spanning(SubgroupAtoms(root, stride));
        return new BufferView(root, BufferLayout.Sequence, 1, 0, null, StableKeys.Map<ImmutableHashSet<DimensionAtom>>(), flattened: false, null, key, null, group);
    }
}
