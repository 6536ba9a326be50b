using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Groups a LINQ <c>GroupBy</c> or <c>ToLookup</c> makes of a list of records by a key read from each element
/// (<c>alternatives.GroupBy(a =&gt; a.Situation)</c>; HeldOut32's conditional logit). Each group is one slice of the list:
/// the list's axis is read as two strides, "within a group" (the unit stride a <c>foreach</c> over a group walks) and
/// "which group" (a stride of its own, named after the key, that the <c>foreach</c> over the groups picks). A fold over
/// the whole list walks both (<c>alternatives.Max(a =&gt; …)</c> shifting every group is wider than a group's sum); a
/// fold over one group (<c>situation.Max(a =&gt; …)</c>) walks the first, as a row's fold does.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The sequence of groups <paramref name="grouping"/> (<c>GroupBy</c>/<c>ToLookup</c> with a key selector only) makes
    /// of a whole list of records; null for any other call (a flat index's row key is <see cref="GroupedRowsView"/>'s).
    /// </summary>
    private BufferView? KeyedGroupsView(IInvocationOperation grouping)
    {
        if (grouping.Arguments.Length != 2 || LambdaArgument(grouping) is not { Symbol.Parameters.Length: 1 } key
            || key.Body.Operations is not [IReturnOperation { ReturnedValue: { } keyValue }]
            || GroupStride(Unwrap(keyValue), key.Symbol.Parameters[0]) is not { } stride)
        {
            return null;
        }

        var listType = grouping.Arguments[0].Value is IConversionOperation { Operand: var operand } ? operand.Type : grouping.Arguments[0].Value.Type;
        if (IsGrouping(listType))
        {
            // The groups of one group (a region's trips): NestedGroups.cs.
            return EvalView(grouping.Arguments[0].Value) is { } outer ? SubgroupsView(outer, key, stride) : null;
        }

        if (!WellKnownSymbols.IsRecordBuffer(listType)
            || EvalView(grouping.Arguments[0].Value) is not { Layout: BufferLayout.Flat, FlatOffset: null, Elements: null, Root: { } root })
        {
            return null;
        }

        // One group = one slice of the list: its elements walk the unit stride, the group loop picks the group's stride.
        var groupAtom = DimensionAtom.Stride(root, stride.Text);
        Classes.Add(groupAtom);
        Classes.Add(DimensionAtom.Stride(root, Stride.One.Text));
        var fixedDims = ValueFacts.DimsOf(key, new[] { groupAtom });
        // A group grouped again spans its subgroups (NestedGroups.cs).
        var group = new BufferView(root, BufferLayout.Flat, 1, 0, LinearIndex.Loop(key, stride), fixedDims, flattened: false).Spanning(SubgroupAtoms(root, stride));
        return new BufferView(root, BufferLayout.Sequence, 1, 0, null, StableKeys.Map<System.Collections.Immutable.ImmutableHashSet<DimensionAtom>>(), flattened: false, null, key, null, group);
    }

    /// <summary>
    /// The stride naming "which group" for a key read from the element: <c>a.Situation</c>, <c>a.Key.Id</c> (a member chain
    /// of the lambda's parameter). Null for any other key (a computed key may be the element's own position).
    /// </summary>
    private static Stride? GroupStride(IOperation? keyValue, IParameterSymbol element)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var operation = keyValue; ; operation = Unwrap(((IMemberReferenceOperation)operation!).Instance))
        {
            switch (operation)
            {
                case IParameterReferenceOperation { Parameter: var parameter } when SymbolEqualityComparer.Default.Equals(parameter, element) && names.Count > 0:
                    names.Reverse();
                    return Stride.Of("group(" + string.Join(".", names) + ")");
                case IPropertyReferenceOperation { Arguments.Length: 0, Instance: not null } or IFieldReferenceOperation { Instance: not null }:
                    names.Add(((IMemberReferenceOperation)operation).Member.Name);
                    break;
                default:
                    return null;
            }
        }
    }
}
