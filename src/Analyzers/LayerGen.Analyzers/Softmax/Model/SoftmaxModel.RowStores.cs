using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A row stored into a buffer of rows by assignment: <c>result[user] = w</c>, <c>probs[n] = p</c>. Like
/// <c>rows.Add(row)</c>, the buffer's rows then hold the stored row's elements, and its second level is the row's axis
/// (a later <c>foreach (double[] w in result.Values)</c> walks the same values).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The row a plain assignment stores into a slot of a buffer of rows; null for any other write.</summary>
    private BufferView? StoredRow(ElementWrite write) =>
        write.Operation is ISimpleAssignmentOperation { IsRef: false } && write.Value is { } value && WellKnownSymbols.IsBuffer(write.Target.Type)
        && RootOf(write.Target) is not null && EvalView(value) is { } row
            ? row
            : null;

    /// <summary>Each stored row's walked axis is the second level of the buffer it is stored in (one-to-one only).</summary>
    private void LinkRowStores()
    {
        foreach (var write in _elementWrites)
        {
            if (StoredRow(write) is { } row && RootOf(write.Target) is { } rows)
            {
                // probs[n] is the jagged slot at depth 1; a dictionary's slot result[key] holds its rows at depth 1 too.
                var depth = EvalView(write.Target) is { Layout: BufferLayout.Jagged } slot ? slot.Consumed : 1;
                LinkOne(DimensionAtom.Depth(rows, depth), row.IteratedAtoms(all: false));

                // result[user] = w, user walking scores and w filled from scores' row: the loop picks the same row of both.
                if (row.Root is { } filled)
                {
                    Link(ElementDims(write.Target), WithoutAllocatingLoops(filled, RowElements(row, write.Operation).Dims, write.Operation));
                }
            }
        }
    }
}
