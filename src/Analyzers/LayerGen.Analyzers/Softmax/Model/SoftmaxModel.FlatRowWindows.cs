using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A unit-stride walk of part of a flat row taken from a list of rows (<c>row[j]</c> for <c>j &lt; size</c>, of
/// <c>row = rows[i]</c>, a row that is also read split by strides, <c>row[start + t]</c>): the walk steps the row's unit
/// stride, as the same walk of a plain flat array or of <c>row.AsSpan(0, size)</c> does; it is not the whole row. Only
/// a walk bounded by the row's own length (<c>i &lt; row.Length</c>, a <c>foreach</c> over the row) is the whole row,
/// which then expands to every stride (<see cref="DimensionClasses.AddFlatRow"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Loop → unit-stride atom for an innermost jagged row, declared a flat row, read at <paramref name="index"/>, a
    /// single unit-stride loop that does not walk the whole row; null otherwise (then the row is one dimension).
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>>? FlatRowWindowDims(BufferView view, LinearIndex index)
    {
        if (view is not { Layout: BufferLayout.Jagged, Flattened: false, FlatOffset: null, Root: { } root } || view.Consumed != view.Rank - 1
            || index.Terms.Count != 1 || !Classes.IsFlatRow(DimensionAtom.Depth(root, view.Consumed)))
        {
            return null;
        }

        var term = index.Terms.First();
        return term.Value.Equals(Stride.One) && !IsWholeBufferLoop(term.Key)
            ? ValueFacts.DimsOf(term.Key, new[] { DimensionAtom.Stride(root, Stride.One.Text) })
            : null;
    }
}
