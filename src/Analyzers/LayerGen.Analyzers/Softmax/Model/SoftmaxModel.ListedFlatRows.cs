using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A flat row taken from a list of rows (<c>z = miniBatches[b]</c> of a <c>List&lt;double[]&gt;</c>, a jagged array, an
/// <c>IReadOnlyList&lt;double[]&gt;</c>, a dictionary value, a <c>foreach</c> row) read at an index of several strides
/// (<c>z[c * N + n]</c>): the index is split by its strides as a plain flat array's is, each loop walking the stride it
/// steps (c the stride-N axis, n the unit one), not one undivided row dimension. A walk of the whole row (<c>z[i]</c> for
/// every i, <c>z.Max()</c>) is then every stride seen for the rows, as a whole flat buffer is
/// (<see cref="DimensionClasses.AddFlatRow"/>). Without the split a per-sample max over the classes and a total over the
/// whole mini-batch both looked like folds of the same one dimension.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Loop → stride atom for an innermost jagged row read at <paramref name="index"/>, an index of at least two loops
    /// with known, distinct strides, one of them unit; null for any other read (then the row is one dimension).
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>>? ListedFlatRowDims(BufferView view, LinearIndex index)
    {
        if (view is not { Layout: BufferLayout.Jagged, Flattened: false, FlatOffset: null, Root: { } root } || view.Consumed != view.Rank - 1
            || index.Terms.Count < 2 || !index.Terms.Values.Any(stride => stride.Equals(Stride.One))
            || index.Terms.Values.Any(IsUnknown) || index.Terms.Values.Select(stride => stride.Text).Distinct().Count() != index.Terms.Count)
        {
            return null;
        }

        Classes.AddFlatRow(DimensionAtom.Depth(root, view.Consumed));
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        foreach (var term in index.Terms)
        {
            dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(term.Key, new[] { DimensionAtom.Stride(root, term.Value.Text) }));
        }

        return dims;
    }
}
