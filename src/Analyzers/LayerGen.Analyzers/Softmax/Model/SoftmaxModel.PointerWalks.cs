using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Pointer walks in the index model: <c>for (float* q = p; q &lt; p + n; q++)</c> has no index variable; the pointer
/// itself is the induction variable. A pointer local stepped by a loop, written elsewhere only once (its start), reads
/// its start's buffer at the loop's position: <c>*q</c> is <c>p[k]</c>, <c>q[j]</c> is <c>p[k + j]</c>, and
/// <c>row += cols</c> walks rows (<c>row[j]</c> is <c>p[k·cols + j]</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The start of the walk <paramref name="pointer"/> takes and the loop's offset into it at <paramref name="read"/>; null when it is no walk.</summary>
    private (IOperation Start, LinearIndex Offset)? PointerWalk(IOperation pointer, IOperation read)
    {
        if (Unwrap(pointer) is not ILocalReferenceOperation { Local: { Type: IPointerTypeSymbol } local }
            || Induction(local, read) is not { } induction)
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

            // Restarted inside the walk (q = p + r * cols in its body) or a second start: the position is not one loop's.
            // The start may sit in the loop's own header (for (float* q = p; …)).
            if (start is not null || write.Value is null || Contains((induction.Loop as ILoopOperation)?.Body ?? induction.Loop, write.Operation))
            {
                return null;
            }

            start = write.Value;
        }

        return start is null ? null : (start, LinearIndex.Loop(induction.Loop, induction.Step));
    }

    /// <summary>
    /// The element count a walk's bound stands for: <c>n</c> of <c>q &lt; p + n</c>, also through a local end pointer
    /// (<c>float* end = p + n</c>); other bounds unchanged.
    /// </summary>
    private IOperation? WalkedCount(IOperation? bound)
    {
        if (bound is ILocalReferenceOperation { Local.Type: IPointerTypeSymbol } end && WritesOf(end.Local) is { Count: 1 } writes)
        {
            bound = Unwrap(writes[0].Value);
        }

        return bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type: IPointerTypeSymbol } add
            ? Unwrap(add.LeftOperand.Type is IPointerTypeSymbol ? add.RightOperand : add.LeftOperand)
            : bound;
    }
}
