using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum kept in a spare slot past the elements a loop writes: each row of <c>buf</c> has <c>n + 1</c> slots, the exps
/// go to <c>buf[r][i]</c> for <c>i &lt; n</c> and the row's sum to <c>buf[r][n]</c> (also <c>b[r, n]</c> of a 2D buffer
/// with an extra column, <c>row[n]</c> of a span over the row). A write at an index bounded by <c>i &lt; n</c> never
/// lands on index <c>n</c> (or <c>n + k</c>, <c>k ≥ 0</c>) of the same buffer: it does not reset the sum folded there,
/// which therefore carries along the loop that writes the exps, as a local would. A write of another view of the
/// buffer, at an index not so bounded, or with a bound that may change in between, may still reset it.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The writes of an element accumulator's buffer that provably miss the slot of every fold into it
    /// (<see cref="MissesSlot"/>): they neither reset nor define the accumulator.
    /// </summary>
    private HashSet<IOperation> WritesMissingEveryFold(
        IEnumerable<(IOperation Operation, IOperation? Value, IOperation? Target)> writes,
        IReadOnlyCollection<(IOperation Write, IOperation? Target)> folds)
    {
        var missing = new HashSet<IOperation>();
        if (!folds.All(fold => fold.Target is { } slot && ElementParts(Unwrap(slot)!) is var (_, indices) && indices.Any(index => !Unwrap(index)!.ConstantValue.HasValue)))
        {
            // A fold at constant indices (y[0] += t) is a slot of its own (Slots.cs); no bound names it here.
            return missing;
        }

        foreach (var (write, _, target) in writes)
        {
            if (target is not null && folds.All(fold => fold.Write != write && fold.Target is { } slot && MissesSlot(target, write, slot, fold.Write)))
            {
                missing.Add(write);
            }
        }

        return missing;
    }

    /// <summary>
    /// True when the element <paramref name="written"/> (written by <paramref name="write"/>) is another element than
    /// <paramref name="slot"/> (folded by <paramref name="fold"/>): the same buffer (the same variable, or rows of a
    /// jagged array, each a whole array), and at some position the written index is a loop's counter that stays below
    /// <c>B</c> while the slot's index is <c>B</c> or <c>B + k</c> with a constant <c>k ≥ 0</c>.
    /// </summary>
    private bool MissesSlot(IOperation written, IOperation write, IOperation slot, IOperation fold)
    {
        if (ElementParts(Unwrap(written)!) is not var (writtenInstance, writtenIndices) || ElementParts(Unwrap(slot)!) is not var (slotInstance, slotIndices)
            || writtenIndices.Count != slotIndices.Count || !SameBufferOrJaggedRow(writtenInstance, slotInstance))
        {
            return false;
        }

        for (var position = 0; position < writtenIndices.Count; position++)
        {
            if (!Unwrap(slotIndices[position])!.ConstantValue.HasValue
                && CounterBound(writtenIndices[position], write) is { } bound && IsAtOrPast(slotIndices[position], bound)
                && HoldsOneValue(bound, write, fold, depth: 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same buffer variable, or two rows of a jagged array (each row a whole array, whichever row it is).</summary>
    private static bool SameBufferOrJaggedRow(IOperation first, IOperation second) =>
        Unwrap(first) is IArrayElementReferenceOperation { Type: IArrayTypeSymbol } && Unwrap(second) is IArrayElementReferenceOperation { Type: IArrayTypeSymbol }
            ? SameValue(((IArrayElementReferenceOperation)Unwrap(first)!).ArrayReference, ((IArrayElementReferenceOperation)Unwrap(second)!).ArrayReference)
            : VariableOf(Unwrap(first)) is { } variable && SymbolEqualityComparer.Default.Equals(variable, VariableOf(Unwrap(second)));

    /// <summary>
    /// <c>B</c> when <paramref name="index"/> is the counter of a loop around <paramref name="write"/> that stays below
    /// <c>B</c> (<see cref="UnitWalk"/>: counted up under <c>i &lt; B</c> or <c>B &gt; i</c>, or down from <c>B - 1</c>)
    /// and is written nowhere else in the loop; else null.
    /// </summary>
    private IOperation? CounterBound(IOperation index, IOperation write)
    {
        if (Unwrap(index) is not ILocalReferenceOperation { Local: var counter })
        {
            return null;
        }

        foreach (var loop in EnclosingLoops(write))
        {
            if (loop is not ILoopOperation { Body: var body } || UnitWalk(loop) is not var (variable, _, bound)
                || !SymbolEqualityComparer.Default.Equals(variable, counter))
            {
                continue;
            }

            var stepsInBody = loop is IWhileLoopOperation ? 1 : 0;
            return WritesOf(counter).Count(other => Contains(body, other.Operation)) <= stepsInBody ? bound : null;
        }

        return null;
    }

    /// <summary><paramref name="index"/> is <paramref name="bound"/> or <paramref name="bound"/> plus a constant ≥ 0.</summary>
    private static bool IsAtOrPast(IOperation index, IOperation bound) =>
        SameValue(index, bound)
        || Unwrap(index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } plus
        && (SameValue(plus.LeftOperand, bound) && ConstantOf(plus.RightOperand) is >= 0 || SameValue(plus.RightOperand, bound) && ConstantOf(plus.LeftOperand) is >= 0);

    /// <summary>
    /// True when <paramref name="bound"/> names the same value at <paramref name="write"/> and at <paramref name="fold"/>:
    /// a fixed slot index (<see cref="IsFixedSlotIndex"/>: constants, lengths of fixed buffers, parameters never written,
    /// locals written once with such values), or arithmetic over locals each written once, by a declaration inside a
    /// loop that holds both (<c>int n = x[r].Length</c> in the row loop: one value per row).
    /// </summary>
    private bool HoldsOneValue(IOperation bound, IOperation write, IOperation fold, int depth)
    {
        bound = Unwrap(bound)!;
        if (depth > 4)
        {
            return false;
        }

        if (IsFixedSlotIndex(bound, depth: 0))
        {
            return true;
        }

        return bound switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } binary =>
                HoldsOneValue(binary.LeftOperand, write, fold, depth + 1) && HoldsOneValue(binary.RightOperand, write, fold, depth + 1),
            ILocalReferenceOperation { Local: var local } when local.RefKind == RefKind.None && ForEachOf(local) is null =>
                WritesOf(local) is [{ Operation: IVariableDeclaratorOperation declarator }]
                && EnclosingLoop(declarator) is { } scope && Contains(scope, write) && Contains(scope, fold),
            _ => false,
        };
    }
}
