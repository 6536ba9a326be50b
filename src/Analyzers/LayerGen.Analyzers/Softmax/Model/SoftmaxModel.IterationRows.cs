using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Local rows computed afresh in each iteration over an outer collection from another collection (branch seeds,
/// HeldOut37's <c>SetPooling_MassOverAllSeeds</c>): <c>double[] logits = set.Select(x =&gt; Dot(q, x)).ToArray()</c> inside
/// <c>foreach (var q in seeds)</c> or <c>seeds.Select(q =&gt; { … })</c> is this seed's row, whatever collection it walks.
/// Its element read by index (<c>logits[j]</c>) is of this iteration, as the same element walked by <c>foreach</c> or by
/// LINQ is: the loops around the read that the computed elements depend on (the seed loop, through <c>q</c>) keep
/// their dimensions, so a sum of <c>Math.Exp(logits[j] - top)</c> carried across the seeds folds every seed's row.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The dimensions the elements of a computed sequence take from loops around <paramref name="read"/> (not the
    /// sequence's own element loop, nor a fold inside its lambda): the iteration that picked the row.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> EnclosingIterationDims(BufferView view, IOperation read)
    {
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        if (view is not { Layout: BufferLayout.Sequence, Elements: { Dims.Count: > 0 } elements })
        {
            return dims;
        }

        foreach (var loop in EnclosingLoops(read).Where(loop => loop != view.ElementLoop))
        {
            if (elements.Dims.TryGetValue(loop, out var atoms))
            {
                dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, atoms));
            }
        }

        return dims;
    }
}
