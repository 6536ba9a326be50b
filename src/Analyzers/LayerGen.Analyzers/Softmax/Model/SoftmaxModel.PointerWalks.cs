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
        // *p++ reads where p is before the step.
        if (Unwrap(pointer) is IIncrementOrDecrementOperation { Target: var stepped })
        {
            pointer = stepped;
        }

        if (Unwrap(pointer) is not ILocalReferenceOperation { Local: { Type: IPointerTypeSymbol } local })
        {
            return null;
        }

        // Walks that outer loops carry on or restart (SteppedPointers.cs); else one loop's walk from one start.
        if (SteppedPointer(local, read, 0) is { } carried)
        {
            return carried;
        }

        if (Induction(local, read) is not { } induction)
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

        if (start is null)
        {
            return null;
        }

        // for (q = p + n - 1; q >= p; q--) visits what for (q = p; q < p + n; q++) visits.
        return (ReverseWalk(induction.Loop, local, start)?.Origin ?? start, LinearIndex.Loop(induction.Loop, induction.Step));
    }

    /// <summary>
    /// The origin and count of a pointer walk backwards over <c>[origin, origin + count)</c>: started at
    /// <c>origin + count - 1</c>, stepped down by one, while <c>q &gt;= origin</c> (or <c>origin &lt;= q</c>); else null.
    /// </summary>
    private static (IOperation Origin, IOperation Count)? ReverseWalk(IOperation loop, ILocalSymbol pointer, IOperation start)
    {
        if (CountedLoopParts(loop) is not var (_, step, condition) || UnitStep(step, pointer) != -1
            || Unwrap(start) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, LeftOperand: var end } last || !IsConstant(last.RightOperand, 1)
            || Unwrap(end) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type: IPointerTypeSymbol } past)
        {
            return null;
        }

        var origin = Unwrap(condition) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThanOrEqual } atLeast when References(atLeast.LeftOperand, pointer) => atLeast.RightOperand,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThanOrEqual } atMost when References(atMost.RightOperand, pointer) => atMost.LeftOperand,
            _ => null,
        };
        if (origin is null)
        {
            return null;
        }

        return SameValue(past.LeftOperand, origin) ? (origin, past.RightOperand) : SameValue(past.RightOperand, origin) ? (origin, past.LeftOperand) : null;
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

    /// <summary>The count B of a pointer walk backwards over <c>[p, p + B)</c> (<see cref="ReverseWalk"/>), or null.</summary>
    private IOperation? ReversePointerCount(IOperation loop) =>
        CountedLoopParts(loop) is var (start, _, _) && StartValue(start) is (ILocalSymbol { Type: IPointerTypeSymbol } pointer, { } value)
            ? ReverseWalk(loop, pointer, value)?.Count
            : null;
}
