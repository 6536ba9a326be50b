using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A flat counter decomposed into a rectangular element's row and column: <c>y[k / n, k % n] /= sums[k / n]</c>. The
/// one loop over k walks both of y's dimensions, but the slot <c>sums[k / n]</c> follows the row only: k / n is the
/// row of element k. Such a keyed read is linked to the target position indexed by the same quotient, not to every
/// dimension the loop walks (which made y's rows and columns one axis, and a per-row max a max "over another axis").
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Links each read of <paramref name="value"/> keyed by a quotient <c>k / n</c> to the position of the rectangular
    /// <paramref name="target"/> indexed by that same quotient; returns <paramref name="valueDims"/> without those reads'
    /// atoms for k (left for <see cref="Link"/>); <paramref name="valueDims"/> itself for any other write.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> LinkDecomposedRowReads(
        IOperation target, IOperation value, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> valueDims)
    {
        if (Unwrap(target) is not IArrayElementReferenceOperation { Indices.Length: > 1 } element || EvalView(element.ArrayReference) is not { Layout: BufferLayout.Rectangular, Root: { } root })
        {
            return valueDims;
        }

        // (walk, divisor) → the target's position its quotient indexes.
        var rows = new Dictionary<(IOperation Loop, string Divisor), DimensionAtom>();
        for (var position = 0; position < element.Indices.Length; position++)
        {
            if (FlatKeyOf(element.Indices[position], depth: 0) is { IsQuotient: true, RowLoops.Count: 0 } key)
            {
                rows[(key.Loop, key.Divisor.Text)] = DimensionAtom.Rank(root, position);
            }
        }

        if (rows.Count == 0)
        {
            return valueDims;
        }

        var result = valueDims;
        foreach (var read in value.DescendantsAndSelf().Where(IsElementAccess))
        {
            foreach (var pair in FlatKeys(read))
            {
                if (pair.Value.IsQuotient && rows.TryGetValue((pair.Key, pair.Value.Divisor.Text), out var row)
                    && ElementDims(read).TryGetValue(pair.Key, out var keyed) && result.TryGetValue(pair.Key, out var atoms))
                {
                    foreach (var atom in keyed)
                    {
                        Classes.Union(row, atom);
                    }

                    var rest = atoms.Except(keyed);
                    result = rest.IsEmpty ? result.Remove(pair.Key) : result.SetItem(pair.Key, rest);
                }
            }
        }

        return result;
    }
}
