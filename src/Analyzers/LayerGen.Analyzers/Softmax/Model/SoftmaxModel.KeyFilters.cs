using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A group's slice spelled as a filter of the whole list (the stop-40 review's G05/G06): inside a loop over the groups
/// <c>alternatives.GroupBy(a =&gt; a.Situation)</c> makes (KeyedGroups.cs), or over that member's keys
/// (<c>alternatives.Select(a =&gt; a.Situation).Distinct()</c>), <c>alternatives.Where(a =&gt; a.Situation == g.Key)</c>
/// keeps exactly the current group's elements: it is that group's slice, not the whole list. The predicate must compare
/// the grouping member (the same member chain of the element) for equality (<c>==</c> or <c>Equals</c>, either operand
/// first) with the current key: <c>g.Key</c> of a group, a variable walking the member's keys, or a local copied from
/// either. A filter on another member, on a constant or with another comparison keeps the whole list's view. Of nested
/// groups, a conjunction of both keys keeps the inner group, and so does a filter of the outer group by the inner key.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Locals followed back to their one definition at most this many times (a chain of copies of a key).</summary>
    private const int KeyCopyDepth = 4;

    /// <summary>
    /// The current group's slice <paramref name="filter"/> (a <c>Where</c> of a whole list of records) keeps; null for any
    /// other filter.
    /// </summary>
    private BufferView? KeyFilterView(IInvocationOperation filter)
    {
        if (filter.Arguments.Length != 2 || LambdaArgument(filter) is not { Symbol.Parameters.Length: 1 } predicate
            || predicate.Body.Operations is not [IReturnOperation { ReturnedValue: { } condition }]
            || FilteredRecordList(filter.Arguments[0].Value) is not { } list)
        {
            return null;
        }

        // A filter of one group (region.Where(a => a.TripId == trip.Key), NestedGroups.cs) keeps a slice within that group.
        var slice = KeyEqualitySlice(Unwrap(condition), predicate.Symbol.Parameters[0], list.Root);
        return slice is not null && (list.Offset is null || slice.FlatOffset is { } inner && list.Offset.Terms.Keys.All(inner.Terms.ContainsKey))
            ? slice
            : null;
    }

    /// <summary>The root of a whole list of records, or of one group of it (with that group's offset); null for any other.</summary>
    private (ISymbol Root, LinearIndex? Offset)? FilteredRecordList(IOperation list)
    {
        if (WholeRecordList(list) is { } root)
        {
            return (root, null);
        }

        var type = list is IConversionOperation { Operand: var operand } ? operand.Type : list.Type;
        return IsGrouping(type) && EvalView(list) is { Layout: BufferLayout.Flat, FlatOffset: { Terms.Count: > 0 } offset, Elements: null, Root: { } grouped }
            ? (grouped, offset)
            : null;
    }

    /// <summary>The root of a whole list of records <paramref name="list"/> denotes (a parameter, a local, a copy); null for any other.</summary>
    private ISymbol? WholeRecordList(IOperation list)
    {
        var type = list is IConversionOperation { Operand: var operand } ? operand.Type : list.Type;
        return WellKnownSymbols.IsRecordBuffer(type) && EvalView(list) is { Layout: BufferLayout.Flat, FlatOffset: null, Elements: null, Root: { } root }
            ? root
            : null;
    }

    /// <summary>
    /// The group slice a condition on <paramref name="element"/> selects: an equality of its grouping member with the current
    /// key, or a conjunction holding one (a subset of the group is still within the group).
    /// </summary>
    private BufferView? KeyEqualitySlice(IOperation? condition, IParameterSymbol element, ISymbol root)
    {
        switch (condition)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both:
                // Both keys of nested groups (a.Region == region.Key && a.TripId == trip.Key): the narrower slice, the trip.
                var left = KeyEqualitySlice(Unwrap(both.LeftOperand), element, root);
                var right = KeyEqualitySlice(Unwrap(both.RightOperand), element, root);
                return left is null ? right : right is null ? left : Narrower(left, right);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equality:
                return KeySlice(equality.LeftOperand, equality.RightOperand, element, root) ?? KeySlice(equality.RightOperand, equality.LeftOperand, element, root);
            case IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments: [var argument] }:
                // a.Situation.Equals(key), key.Equals(a.Situation)
                return KeySlice(instance, argument.Value, element, root) ?? KeySlice(argument.Value, instance, element, root);
            case IInvocationOperation { TargetMethod.Name: "Equals", Arguments: [var first, var second] } call
                when call.TargetMethod is { IsStatic: true, ContainingType.SpecialType: SpecialType.System_Object or SpecialType.System_String }
                    || call.Instance is { } comparer && IsComparerCall(comparer):
                // Equals(a.Situation, key), EqualityComparer<int>.Default.Equals(a.Situation, key)
                return KeySlice(first.Value, second.Value, element, root) ?? KeySlice(second.Value, first.Value, element, root);
            default:
                return null;
        }
    }

    /// <summary>The slice of the two whose offset holds the other's terms and more (a trip within its region); else <paramref name="first"/>.</summary>
    private static BufferView Narrower(BufferView first, BufferView second) =>
        first.FlatOffset is { } outer && second.FlatOffset is { } inner && inner.Terms.Count > outer.Terms.Count
            && outer.Terms.Keys.All(inner.Terms.ContainsKey)
            ? second
            : first;

    /// <summary><c>EqualityComparer&lt;T&gt;.Default</c>: its two-argument <c>Equals</c> is the default equality GroupBy uses.</summary>
    private static bool IsComparerCall(IOperation instance) =>
        Unwrap(instance) is IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true, ContainingType.Name: "EqualityComparer" } };

    /// <summary>The slice when <paramref name="member"/> is the element's grouping member and <paramref name="key"/> the current key of that grouping.</summary>
    private BufferView? KeySlice(IOperation member, IOperation key, IParameterSymbol element, ISymbol root) =>
        GroupStride(Unwrap(member), element) is { } stride ? CurrentGroup(Unwrap(key), root, stride, KeyCopyDepth) : null;

    /// <summary>
    /// The group of <paramref name="root"/> by <paramref name="stride"/> whose key <paramref name="key"/> is: <c>g.Key</c> of
    /// such a group, a variable walking the member's keys (<c>foreach</c>, a lambda over them, an element of an array of
    /// them picked by a loop), or a local defined once from one of those.
    /// </summary>
    private BufferView? CurrentGroup(IOperation? key, ISymbol root, Stride stride, int depth)
    {
        switch (key)
        {
            case IPropertyReferenceOperation { Property.Name: "Key", Instance: { } group } when IsGrouping(group.Type):
                // g.Key: g is the group itself when it is a group of this list by this member.
                return EvalView(group) is { Layout: BufferLayout.Flat, FlatOffset: { } offset, Root: { } grouped } view
                    && SymbolEqualityComparer.Default.Equals(grouped, root) && offset.Terms.Values.Contains(stride)
                    ? view
                    : null;
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } forEach:
                return KeysOf(forEach.Collection, root, stride, depth) ? PickedGroup(forEach, root, stride) : null;
            case ILocalReferenceOperation { Local: var local } when depth > 0:
                return WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value && !Contains(value, key)
                    ? CurrentGroup(Unwrap(value), root, stride, depth - 1)
                    : null;
            case IParameterReferenceOperation { Parameter: { Ordinal: 0 } parameter }
                when LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { Arguments.Length: > 0 } call && ElementOrdinal(call) == 0:
                // keys.Select(key => …), keys.ForEach(key => …): the lambda runs once per key.
                var keys = call.Instance ?? call.Arguments[0].Value;
                return KeysOf(keys, root, stride, depth) ? PickedGroup(lambda, root, stride) : null;
            case IArrayElementReferenceOperation { ArrayReference: var array, Indices: [var index] }:
                return PickedByIndex(array, index, root, stride, depth);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } list, Arguments: [var argument] }:
                return PickedByIndex(list, argument.Value, root, stride, depth);
            default:
                return null;
        }
    }

    /// <summary><c>keys[k]</c> of an array or list of the member's keys: the group the one loop stepping <c>k</c> picks.</summary>
    private BufferView? PickedByIndex(IOperation keys, IOperation index, ISymbol root, Stride stride, int depth) =>
        Linear(index) is { Terms: { Count: 1 } terms } && KeysOf(keys, root, stride, depth) ? PickedGroup(terms.Keys.First(), root, stride) : null;

    /// <summary>
    /// True when <paramref name="keys"/> is the grouping member's value of each element of <paramref name="root"/>:
    /// <c>list.Select(a =&gt; a.Situation)</c>, also made distinct, sorted, copied (<c>ToList</c>, <c>ToArray</c>,
    /// <c>ToHashSet</c>) or held by a local defined once.
    /// </summary>
    private bool KeysOf(IOperation? keys, ISymbol root, Stride stride, int depth)
    {
        for (var steps = 0; steps < 16; steps++)
        {
            switch (Unwrap(keys))
            {
                case IInvocationOperation { TargetMethod.Name: "Distinct" or "OrderBy" or "OrderByDescending" or "ToList" or "ToArray" or "ToHashSet" or "AsEnumerable" } copy
                    when (copy.Instance ?? (copy.Arguments.Length > 0 ? copy.Arguments[0].Value : null)) is { } source:
                    keys = source;
                    break;
                case IObjectCreationOperation { Type.Name: "HashSet" or "List" or "SortedSet", Arguments: [var copied, ..] }:
                    keys = copied.Value;
                    break;
                case IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
                    when LambdaArgument(select) is { Symbol.Parameters: [var element] } selector
                        && selector.Body.Operations is [IReturnOperation { ReturnedValue: { } value }]:
                    return GroupStride(Unwrap(value), element) is { } selected && selected.Equals(stride)
                        && WholeRecordList(select.Arguments[0].Value) is { } listed && SymbolEqualityComparer.Default.Equals(listed, root);
                case ILocalReferenceOperation { Local: var local } read when depth > 0:
                    if (WritesOf(local) is not { Count: 1 } writes || writes[0].Value is not { } value2 || Contains(value2, read))
                    {
                        return false;
                    }

                    keys = value2;
                    depth--;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The group of <paramref name="root"/> by <paramref name="stride"/> that <paramref name="loop"/> picks, as a walk over the groups picks it.</summary>
    private BufferView PickedGroup(IOperation loop, ISymbol root, Stride stride)
    {
        var groupAtom = DimensionAtom.Stride(root, stride.Text);
        Classes.Add(groupAtom);
        Classes.Add(DimensionAtom.Stride(root, Stride.One.Text));
        return new BufferView(root, BufferLayout.Flat, 1, 0, LinearIndex.Loop(loop, stride), ValueFacts.DimsOf(loop, new[] { groupAtom }), flattened: false)
            .Spanning(SubgroupAtoms(root, stride));
    }

    /// <summary><c>IGrouping&lt;TKey, TElement&gt;</c> or a type implementing it.</summary>
    private static bool IsGrouping(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "IGrouping" } || type?.AllInterfaces.Any(face => face.Name == "IGrouping") == true;
}
