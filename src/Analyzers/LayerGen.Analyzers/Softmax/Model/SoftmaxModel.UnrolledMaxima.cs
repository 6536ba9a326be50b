using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A maximum written inline over the logits of an unrolled axis: <c>top = Math.Max(0.0, Math.Max(prepay, @default))</c>
/// with <c>p[n, 0] = Math.Exp(-top)</c>, <c>p[n, 1] = Math.Exp(prepay - top)</c>, <c>p[n, 2] = Math.Exp(@default - top)</c>.
/// Every slot of the axis stores the exp of one leaf of the Max tree minus the tree, and every leaf is some slot's: the
/// tree is the maximum over that axis, as a loop's <c>Math.Max</c> fold would be, computed afresh for each slice. It is
/// the site's maximum over the axis its unrolled sum folds (UnrolledSums.cs), so a sum over more than that axis (never
/// reset per row) spans more than the maximum: LG0002, not a whole-buffer softmax. The same tree folded into a running
/// maximum, <c>g = Math.Max(g, Math.Max(u[n, 0], Math.Max(u[n, 1], u[n, 2])))</c> with the slots storing
/// <c>Math.Exp(u[n, c] - g)</c>, folds that axis besides its loops' (a whole-buffer peak when the loop walks the rows).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The maximum over an unrolled axis that <paramref name="shift"/> (subtracted in <paramref name="exp"/>) is, when
    /// <paramref name="exp"/> is stored into a slot of that axis and the slots and the Max tree's leaves match one to
    /// one (<see cref="UnrolledSlotsMatchLeaves"/>); null otherwise.
    /// </summary>
    private Reduction? UnrolledSlotMaximum(IOperation shift, IOperation exp)
    {
        var tree = ThroughCopies(shift);
        if (MaxTreeLeaves(tree) is not { } leaves || StoredSlot(exp) is not { } slot || !UnrolledSlotsMatchLeaves(slot, peak => ThroughCopies(peak) == tree, leaves))
        {
            return null;
        }

        var name = VariableOf(Unwrap(shift)) is { } variable ? variable.Name : Compact(tree!.Syntax.ToString());
        return new Reduction(
            ReductionKind.Max, name, UnrolledAxis(slot), ImmutableArray.Create(tree!), Eval(tree!).WithoutDims(), false, ImmutableHashSet<DimensionAtom>.Empty, isInline: true);
    }

    /// <summary>
    /// The unrolled axis a fold of a Max tree (or of a local holding one) into the running maximum <paramref name="target"/> covers: the axis whose
    /// slots store the exps of the tree's leaves minus <paramref name="target"/>, one slot per leaf; empty otherwise.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> UnrolledPeakAxes(ISymbol target, IOperation? value)
    {
        if (MaxTreeLeaves(ThroughCopies(value)) is not { Count: >= 2 } leaves)
        {
            return ImmutableHashSet<DimensionAtom>.Empty;
        }

        bool IsPeak(IOperation read) => SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(read)), target);
        foreach (var write in _elementWrites)
        {
            if (write.Value is { } stored && ExpOperand(Unwrap(stored)) is not null && ShiftedLeaf(Unwrap(stored)!, IsPeak) is (true, _)
                && UnrolledSlotOf(write.Target) is { } slot && UnrolledSlotsMatchLeaves(slot, IsPeak, leaves))
            {
                return UnrolledAxis(slot);
            }
        }

        return ImmutableHashSet<DimensionAtom>.Empty;
    }

    /// <summary>The slot of an unrolled axis <paramref name="exp"/> is assigned to (<c>p[n, 1] = Math.Exp(…)</c>), or null.</summary>
    private UnrolledSlot? StoredSlot(IOperation exp)
    {
        var value = UnwrapUp(exp);

        return value.Parent is ISimpleAssignmentOperation assignment && assignment.Value == value ? UnrolledSlotOf(assignment.Target) : null;
    }

    /// <summary>
    /// True when the buffer of <paramref name="slot"/> stores, along the slot's axis at the same other indices, one exp
    /// per index of the axis (its constant length), each of a different leaf of the Max tree minus the tree
    /// (<c>-top</c> for a leaf 0; a temperature factor allowed), covering every leaf; its other writes rescale in place.
    /// </summary>
    private bool UnrolledSlotsMatchLeaves(UnrolledSlot slot, System.Func<IOperation, bool> isPeak, List<IOperation> leaves)
    {
        if (ScratchLength(slot.Root, slot.Position) is not { } length || length != leaves.Count)
        {
            return false;
        }

        var matched = new bool[leaves.Count];
        var indices = new HashSet<int>();
        foreach (var write in ElementWritesInto(slot.Root))
        {
            if (RescalesInPlace(write))
            {
                continue;
            }

            if (UnrolledSlotOf(write.Target) is not { } written || written.Position != slot.Position || written.Rest != slot.Rest
                || !indices.Add(written.Index) || write.Value is null || ExpOperand(Unwrap(write.Value)) is null
                || ShiftedLeaf(Unwrap(write.Value)!, isPeak) is not (true, var logit)
                || leaves.FindIndex(candidate => SameLeaf(candidate, logit)) is var found && (found < 0 || matched[found]))
            {
                return false;
            }

            matched[found] = true;
        }

        return indices.Count == length && matched.All(done => done);
    }

    /// <summary>
    /// Whether an exp is of <c>c - top</c> or of <c>-top</c> (possibly scaled by a temperature), where top is the peak
    /// (<paramref name="isPeak"/>: the tree, through the local holding it, or a read of the running maximum), and its
    /// logit: c, or null for the 0 of <c>-top</c>.
    /// </summary>
    private (bool IsShifted, IOperation? Logit) ShiftedLeaf(IOperation exp, System.Func<IOperation, bool> isPeak) =>
        UnscaledExponent(ThroughCopies(ExpOperand(exp))) switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated } when isPeak(negated) => (true, null),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when isPeak(difference.RightOperand) => (true, difference.LeftOperand),
            _ => (false, null),
        };

    /// <summary>
    /// True when a Max tree's leaf and an exp's logit (null: the 0 of <c>-top</c>) are the same value: the same
    /// constant, or the same read through copies.
    /// </summary>
    private bool SameLeaf(IOperation leaf, IOperation? logit)
    {
        var left = ThroughCopies(leaf)!;
        var right = logit is null ? null : ThroughCopies(logit)!;
        return ConstantOf(left) is { } constant
            ? right is null ? constant == 0 : ConstantOf(right) == constant
            : right is not null && ConstantOf(right) is null && SameValue(left, right);
    }
}
