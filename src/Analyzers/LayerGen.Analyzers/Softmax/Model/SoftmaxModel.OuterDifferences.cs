using System.Linq;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An outer difference of two data reads picked by different loops, <c>pix[p] - pal[c]</c> (a distance between every
/// pixel and every palette entry, also squared or under <c>Abs</c>), varies along both loops, exactly as the product
/// <c>pix[p] * pal[c]</c> does. Without it a fold of the distances over both loops (a whole-image minimum) was read as
/// folding the pixels only, so a minimum over the batch AND the softmax axis looked like a wrong-axis (LG0004)
/// minimum where it spans more than the slice (LG0001), unlike its maximum twin <c>max(pix[p] * pal[c])</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="subtract"/> subtracts a raw data element (or a <c>foreach</c> element) picked by a loop its minuend does not vary
    /// along, and the minuend varies along a loop the subtrahend does not: neither is a per-slice value of the other
    /// (<c>x[i, j] - m[i]</c>, <c>d[j] - dmin</c> keep reading the subtrahend as a shift without dimensions). What is
    /// subtracted is still recorded as a shift by the caller; only the dimensions change.
    /// </summary>
    private bool IsOuterDifference(IBinaryOperation subtract, ValueFacts left, ValueFacts right) =>
        left.Dims.Count > 0 && left.RawRoots.Count > 0 && right.RawRoots.Count > 0
        && Unwrap(subtract.RightOperand) is { } subtrahend
        && (IsElementAccess(subtrahend) || subtrahend is ILocalReferenceOperation { Local: var element } && ForEachOf(element) is not null)
        && right.Dims.Keys.Any(loop => !left.Dims.ContainsKey(loop))
        && left.Dims.Keys.Any(loop => !right.Dims.ContainsKey(loop));
}
