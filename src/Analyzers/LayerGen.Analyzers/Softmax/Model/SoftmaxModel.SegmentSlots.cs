using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Per-segment slots read by the segment's own key (HeldOut85's <c>RecordStructRows_SamplePeaks</c>):
/// <c>exp(cell.Logit - peak[cell.Sample]) </c> under <c>sum[cell.Sample] += …</c>, for one flat walk over every cell.
/// A member of the walked element (a record, a record struct, a tuple's item, a deconstructed positional member) steps
/// with the walk (ElementMemberRows.cs), yet as a key it names the segment, which is the softmax slice itself when the
/// sum is keyed by it too (Segments.cs): the slot is fixed along the slice, like <c>peak[sample[i]]</c> with a parallel
/// key array. A slot keyed by another member (<c>peak[cell.Class]</c>) is another segmentation: a different axis.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="index"/> is a segment key (<see cref="SegmentKeyOf"/>) and <paramref name="sum"/> folds
    /// within the segments of that same key.
    /// </summary>
    private bool IsSumsOwnSegmentKey(IOperation index, Reduction sum)
    {
        if (SegmentKeyOf(index, depth: 0) is not { } key)
        {
            return false;
        }

        var prefix = "seg:" + key.Name + ":";
        return sum.Atoms.Any(atom => SymbolEqualityComparer.Default.Equals(atom.Root, key.Root) && atom.Key.StartsWith(prefix, System.StringComparison.Ordinal));
    }
}
