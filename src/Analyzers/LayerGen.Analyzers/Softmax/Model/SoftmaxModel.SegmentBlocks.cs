using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Slots walked inside the block of a segment: <c>for (int j = image * latents; j &lt; (image + 1) * latents; j++)
/// peak[j] = Max(peak[j], s[t][j])</c> with <c>int image = imageOf[t]</c>. The walk's start is a group id read per
/// element of the loop over t (<see cref="SegmentKeyOf"/>) times a loop-free block size, so the slot <c>peak[j]</c> is
/// the same for every t of one group: the fold runs over t within the segment <c>imageOf</c>, not once per t. A bare
/// start read (<c>for (e = start[v]; …)</c>, a CSR row start) is a position, not a group id, and is left alone.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The segment key of a slot index that walks from <c>key * block</c> (or <c>block * key</c>); null otherwise.</summary>
    private (IOperation Loop, ISymbol Root, string Name)? SegmentBlockKeyOf(IOperation? index)
    {
        if (Unwrap(index) is not ILocalReferenceOperation { Local: var local } read || Induction(local, read) is null)
        {
            return null;
        }

        IOperation? start = null;
        foreach (var write in WritesOf(local))
        {
            if (IsStep(write, local))
            {
                continue;
            }

            if (write.Value is null || start is not null)
            {
                return null;
            }

            start = write.Value;
        }

        if (Unwrap(start) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            return null;
        }

        return Linear(product.RightOperand).IsLoopFree ? SegmentKeyOf(product.LeftOperand, depth: 0)
            : Linear(product.LeftOperand).IsLoopFree ? SegmentKeyOf(product.RightOperand, depth: 0)
            : null;
    }
}
