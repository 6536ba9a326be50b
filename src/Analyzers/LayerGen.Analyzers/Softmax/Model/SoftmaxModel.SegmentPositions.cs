using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// CSR segments of one position of a rectangular or jagged buffer: <c>for (c = start[t]; c &lt; start[t + 1]; c++)</c>
/// reads <c>v[c, k]</c> (or <c>rows[c][k]</c>) at position c·1 + t·?, like <c>x[c]</c> of a flat buffer at s:1 + s:?.
/// The unit-stride loop walks within the segment (the position's own atom); a loop whose contribution is not linear
/// (the data-dependent start <c>start[t]</c>) picks the segment (<see cref="DimensionAtom.SegmentsOf"/>). Without the
/// split, a fold over one segment and a fold over every segment of the position would be the same axis.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Each loop of <paramref name="index"/> with the atom it walks of <paramref name="position"/>.</summary>
    private static IEnumerable<(IOperation Loop, DimensionAtom Atom)> PositionAtoms(LinearIndex index, DimensionAtom position)
    {
        var segmented = index.Terms.Count > 1 && index.Terms.Values.Any(stride => stride.Equals(Stride.One))
            && index.Terms.Values.All(stride => stride.Equals(Stride.One) || IsUnknown(stride));
        foreach (var term in index.Terms)
        {
            yield return (term.Key, segmented && IsUnknown(term.Value) ? DimensionAtom.SegmentsOf(position) : position);
        }
    }

    private static bool IsUnknown(Stride stride) => stride.Text == Stride.Unknown.Text;
}
