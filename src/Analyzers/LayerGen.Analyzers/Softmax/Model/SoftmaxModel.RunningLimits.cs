using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Running limits of packed ragged rows: <c>from = limit; limit += lengths[seq];</c> (or <c>limit = ends[seq]</c>) makes
/// each row <c>[from, limit)</c>, and a walk <c>for (i = 0; i &lt; limit; i++)</c> from 0 to that end walks every earlier
/// row too, like a prefix to <c>(r + 1) * cols</c> does (PrefixWalks.cs), though no stride names the rows. Read so only
/// when the end moves with a loop around the walk (a running sum, or an entry picked by that loop's index) and the same
/// end also closes a walk from a start that is not 0 (the row itself): a scratch buffer refilled from 0 for each row
/// (<c>for (i = 0; i &lt; lengths[r]; i++) e[i] = …</c>) has no such row walk.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The rows of <paramref name="root"/> a walk from 0 to <paramref name="bound"/> spans beyond its own, as one atom; empty otherwise.</summary>
    private ImmutableHashSet<DimensionAtom> RunningLimitAtoms(ISymbol root, IOperation loop, IOperation start, IOperation bound)
    {
        var none = ImmutableHashSet<DimensionAtom>.Empty;
        if (!IsConstant(start, 0) || !LimitMovesWithOuterLoop(Unwrap(bound)!, loop) || !EndsRowWalk(bound, loop))
        {
            return none;
        }

        return none.Add(RowsAtom(root, bound));
    }

    /// <summary>
    /// The row a walk from a running start to a running limit reads (<c>for (i = from; i &lt; limit; i++)</c>): the loop
    /// around it that moves the limit picks one row, as an outer loop picks <c>r * cols</c>. Only when another walk runs
    /// from 0 to the same limit (so that one's rows are told from this one's); null otherwise.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>>? RunningRowDims(ISymbol root, IOperation loop)
    {
        if (CountedLoopParts(loop) is not var (start, step, condition) || StartValue(start) is not ({ } variable, { } value)
            || UnitStep(step, variable) != 1 || Unwrap(value)!.ConstantValue.HasValue || VariableOf(Unwrap(value)) is null
            || UpperBound(condition, variable) is not { } bound || !LimitMovesWithOuterLoop(Unwrap(bound)!, loop) || !HasZeroStartWalk(bound, loop)
            || EnclosingLoops(loop).FirstOrDefault(outer => outer != loop) is not { } picking)
        {
            return null;
        }

        return ValueFacts.DimsOf(picking, new[] { RowsAtom(root, bound) });
    }

    /// <summary>The atom of the rows a running limit closes.</summary>
    private static DimensionAtom RowsAtom(ISymbol root, IOperation bound) => DimensionAtom.Stride(root, "rows<" + Unwrap(bound)!.Syntax.ToString());

    /// <summary>True when another counted loop than <paramref name="loop"/> walks up from 0 to the same end.</summary>
    private bool HasZeroStartWalk(IOperation bound, IOperation loop) =>
        _operations.OfType<ILoopOperation>().Any(other => other != loop
            && CountedLoopParts(other) is var (start, step, condition) && StartValue(start) is ({ } variable, { } value)
            && IsConstant(value, 0) && UnitStep(step, variable) == 1
            && UpperBound(condition, variable) is { } end && SameValue(Unwrap(end)!, Unwrap(bound)!));

    /// <summary>
    /// True when <paramref name="bound"/> changes from one iteration of a loop around <paramref name="loop"/> to the next:
    /// a local stepped there by a data value (<c>limit += lengths[seq]</c>) or set to an entry picked by that loop's index
    /// (<c>limit = ends[seq]</c>), or such an entry itself.
    /// </summary>
    private bool LimitMovesWithOuterLoop(IOperation bound, IOperation loop)
    {
        var outerLoops = EnclosingLoops(loop).Where(outer => outer != loop).ToList();
        if (outerLoops.Count == 0)
        {
            return false;
        }

        if (bound is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true })
        {
            return LoopsIn(bound).Any(outerLoops.Contains);
        }

        if (bound is not ILocalReferenceOperation { Local: var limit })
        {
            return false;
        }

        return WritesOf(limit).Any(write => !Contains(loop, write.Operation) && outerLoops.Any(outer => Contains(outer, write.Operation))
            && write.Operation switch
            {
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Value: var step } => !Unwrap(step)!.ConstantValue.HasValue,
                // limit = limit + lengths[seq] (or lengths[seq] + limit): the same step written out.
                ISimpleAssignmentOperation { Value: var sum } when Unwrap(sum) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
                    && OtherAddend(add, limit) is { } step => !step.ConstantValue.HasValue,
                ISimpleAssignmentOperation { Value: var value } => IsEntryPickedBy(value, outerLoops),
                // int limit = ends[seq]; declared in the loop that picks the row.
                IVariableDeclaratorOperation when write.Value is { } value => IsEntryPickedBy(value, outerLoops),
                _ => false,
            });
    }

    /// <summary>True when <paramref name="value"/> is an entry of a table picked by the index of one of <paramref name="loops"/> (<c>ends[seq]</c>).</summary>
    private bool IsEntryPickedBy(IOperation value, System.Collections.Generic.List<IOperation> loops) =>
        Unwrap(value) is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } && LoopsIn(value).Any(loops.Contains);

    /// <summary>The addend of <paramref name="add"/> beside a read of <paramref name="local"/>; null when neither side reads it.</summary>
    private static IOperation? OtherAddend(IBinaryOperation add, ILocalSymbol local) =>
        Unwrap(add.LeftOperand) is ILocalReferenceOperation left && SymbolEqualityComparer.Default.Equals(left.Local, local) ? Unwrap(add.RightOperand)
        : Unwrap(add.RightOperand) is ILocalReferenceOperation right && SymbolEqualityComparer.Default.Equals(right.Local, local) ? Unwrap(add.LeftOperand)
        : null;

    /// <summary>True when another loop than <paramref name="loop"/> walks a local up to the same end from a start that is not a constant.</summary>
    private bool EndsRowWalk(IOperation bound, IOperation loop)
    {
        foreach (var other in _operations.OfType<ILoopOperation>())
        {
            if (other == loop || Contains(other, loop) || Contains(loop, other))
            {
                continue;
            }

            var condition = other switch
            {
                IForLoopOperation forLoop => forLoop.Condition,
                IWhileLoopOperation whileLoop => whileLoop.Condition,
                _ => null,
            };
            // The walked local is either side of the comparison (i < limit, limit > i).
            if (Unwrap(condition) is not IBinaryOperation compare
                || (VariableOf(compare.LeftOperand) is ILocalSymbol leftLocal && UpperBound(compare, leftLocal) is not null ? leftLocal : VariableOf(compare.RightOperand) as ILocalSymbol) is not { } walked
                || UpperBound(compare, walked) is not { } end || !SameValue(Unwrap(end)!, Unwrap(bound)!))
            {
                continue;
            }

            // The start is set before the walk (int i = from; while (i < limit)) or in its own header (for (int k = from; …)).
            if (WritesOf(walked).Any(write => write.Value is { } value && !Unwrap(value)!.ConstantValue.HasValue
                && (!Contains(other, write.Operation) || (other is IForLoopOperation { Before: var before } && before.Any(initializer => Contains(initializer, write.Operation))))
                && write.Operation is ISimpleAssignmentOperation or IVariableDeclaratorOperation && VariableOf(Unwrap(value)) is not null))
            {
                return true;
            }
        }

        return false;
    }
}
