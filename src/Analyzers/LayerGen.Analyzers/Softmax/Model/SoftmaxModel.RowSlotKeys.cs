using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Row slots of a flat walk spelled other than <c>k / n</c>: the row named after taking the column off
/// (<c>(k - k % n) / n</c>), by <c>Math.DivRem(k, n, out _)</c> or <c>Math.DivRem(k, n).Quotient</c> (its
/// <c>.Remainder</c> is the column, as <c>k % n</c>), and relative to a tile's first row (<c>k / n - t</c>, with t fixed
/// while k walks). Each names the same slot per row as <c>k / n</c> does, so a fold keyed by it runs along one row.
/// Also: a walk over a tile of several rows (<c>k = t * n .. (t + count) * n</c>, RowTiles.cs) folds the row stride as
/// well as the unit stride; under a key <c>k / n</c> that row stride is the key's own axis, not a folded one.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The quotient or remainder a row-slot spelling stands for, as (dividend, divisor, is-quotient); null for any other
    /// index. The dividend is returned as written, for <see cref="FlatKeyOf"/> to check it is a unit-stride walk.
    /// </summary>
    private (IOperation Dividend, IOperation Divisor, bool IsQuotient)? RowSlotDivision(IOperation? index)
    {
        switch (Unwrap(index))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient
                when Unwrap(quotient.LeftOperand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } aligned
                && Unwrap(aligned.RightOperand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } column
                && SameValue(column.LeftOperand, aligned.LeftOperand) && SameValue(column.RightOperand, quotient.RightOperand):
                // (k - k % n) / n: k rounded down to its row's start, divided by the row stride, is k / n.
                return (aligned.LeftOperand, quotient.RightOperand, true);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder } binary:
                return (binary.LeftOperand, binary.RightOperand, binary.OperatorKind == BinaryOperatorKind.Divide);
            case IInvocationOperation { Arguments.Length: 3 } call when IsIntegerDivRem(call.TargetMethod):
                // Math.DivRem(k, n, out rem) returns the quotient.
                return (ArgumentValue(call, 0), ArgumentValue(call, 1), true);
            case IFieldReferenceOperation { Instance: IInvocationOperation { Arguments.Length: 2 } call, Field: var field } when IsIntegerDivRem(call.TargetMethod):
                // Math.DivRem(k, n).Quotient / .Item1 (the quotient), .Remainder / .Item2 (the remainder).
                return field.Name is "Quotient" or "Item1" ? (ArgumentValue(call, 0), ArgumentValue(call, 1), true)
                    : field.Name is "Remainder" or "Item2" ? (ArgumentValue(call, 0), ArgumentValue(call, 1), false)
                    : null;
            case ILocalReferenceOperation { Local: var local } when DivRemLocal(local) is { } part:
                // var (r, c) = Math.DivRem(k, n); Math.DivRem(k, n, out int c).
                return part;
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>k / n - t</c> or <c>k / n + c</c>: a row key shifted by a value that does not move with the walk of k (a tile's
    /// first row); the shifted key and the offset. Null when the index is no such sum.
    /// </summary>
    private (IOperation Key, IOperation Offset)? ShiftedRowKey(IOperation? index) =>
        Unwrap(index) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when RowSlotDivision(difference.LeftOperand) is { IsQuotient: true }
                => (difference.LeftOperand, difference.RightOperand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when RowSlotDivision(sum.LeftOperand) is { IsQuotient: true }
                => (sum.LeftOperand, sum.RightOperand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when RowSlotDivision(sum.RightOperand) is { IsQuotient: true }
                => (sum.RightOperand, sum.LeftOperand),
            _ => null,
        };

    /// <summary>The value passed for parameter <paramref name="ordinal"/> of <paramref name="call"/>.</summary>
    private static IOperation ArgumentValue(IInvocationOperation call, int ordinal) =>
        call.Arguments.First(argument => argument.Parameter?.Ordinal == ordinal).Value;

    /// <summary>
    /// True when <paramref name="atom"/> is the row stride a quotient key names (the stride-n atom of a tile walk under
    /// <c>k / n</c>): each row folds into its own slot, so the fold does not run along that stride.
    /// </summary>
    private static bool IsKeyedRowStride(DimensionAtom atom, FlatKey key) =>
        key.IsQuotient && atom.Key == DimensionAtom.Stride(atom.Root, key.Divisor.Text).Key;

}
