using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A slice's sum read from a prefix array: <c>cum[x + 1] = total</c> at the end of step x of a loop counting x up from
/// 0, after every fold of the running total <c>total</c> in that step (nothing resets it inside the loop), and
/// <c>cum[0]</c> left 0 (a fresh array written only there). Then <c>cum[e + 1] - cum[e]</c> brackets exactly the folds
/// of step e: the slice's own sum, as <c>total - before</c> is (PrefixDifferences.cs), with the stepping loop's atoms
/// dropped. Any other bracket (<c>cum[x + 1] - cum[0]</c>, <c>cum[x + 2] - cum[x]</c>, the prefix stored before the
/// step's folds, a constant <c>e</c> read for every slice) keeps the total's reading.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The sum <paramref name="difference"/> (<c>cum[e + 1] - cum[e]</c> of a prefix array, see the type's summary)
    /// holds as read at <paramref name="use"/>; null for any other difference.
    /// </summary>
    private Reduction? PrefixArraySliceSum(IBinaryOperation difference, IOperation use)
    {
        if (Unwrap(difference.LeftOperand) is not { } upper || Unwrap(difference.RightOperand) is not { } lower
            || ElementParts(upper) is not ({ } upperArray, [var upperIndex]) || ElementParts(lower) is not ({ } lowerArray, [var lowerIndex])
            || VariableOf(Unwrap(upperArray)) is not ILocalSymbol { RefKind: RefKind.None } prefix || !References(lowerArray, prefix)
            || !IsSuccessor(upperIndex, lowerIndex)
            || !Linear(lowerIndex).Terms.Keys.Any(loop => Contains(loop, use))
            || WritesOf(prefix) is not [{ Operation: IVariableDeclaratorOperation, Value: { } created }] || Unwrap(created) is not IArrayCreationOperation
            || ElementWritesInto(prefix).ToList() is not [var store] || StoredRunningTotal(store.Operation, store.Target, store.Value) is not var (total, loop)
            || ReductionAt(difference.LeftOperand, use) is not { Kind: ReductionKind.Sum, Elements.Exps.Count: > 0 } sum)
        {
            return null;
        }

        var scan = ScanReduction(total, elementTarget: false, slot: null);
        if (scan.Accumulations.Count == 0 || scan.Definitions.Any(definition => definition.IsPerUse || definition.Whole is not null)
            || scan.Resets.Any(reset => Contains(loop, reset))
            || !scan.Accumulations.All(fold => Contains(loop, fold.Write) && fold.Write.Syntax.Span.End <= store.Operation.Syntax.SpanStart))
        {
            return null;
        }

        var dropped = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var accumulation in scan.Accumulations)
        {
            RecordSnapshotRestart(difference, accumulation.Reported, loop);
            if (Eval(accumulation.Value).Dims.TryGetValue(loop, out var atoms))
            {
                dropped = dropped.Union(atoms);
            }
        }

        return new Reduction(sum.Kind, sum.Name, sum.Atoms.Except(dropped), sum.Folds, sum.Elements, false, sum.StaleAtoms, sum.IsInline, sum.Extents.RemoveRange(dropped));
    }

    /// <summary>
    /// The running total and the loop of a store <c>cum[v + 1] = total</c> made directly in the body of a loop counting
    /// v up by one from 0 (not in a loop nested in it); null for any other store.
    /// </summary>
    private (ILocalSymbol Total, IOperation Loop)? StoredRunningTotal(IOperation store, IOperation? target, IOperation? value)
    {
        if (target is null || ElementParts(Unwrap(target)!) is not (_, [var index]) || VariableOf(Unwrap(value)) is not ILocalSymbol { RefKind: RefKind.None } total
            || EnclosingLoop(store) is not { } loop || UnitWalk(loop) is not { From: { } from } walk || !IsConstant(from, 0)
            || Unwrap(index) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } plus
            || !(References(plus.LeftOperand, walk.Counter) && IsConstant(plus.RightOperand, 1) || References(plus.RightOperand, walk.Counter) && IsConstant(plus.LeftOperand, 1)))
        {
            return null;
        }

        return (total, loop);
    }

    /// <summary><paramref name="next"/> is <paramref name="index"/> + 1 (<c>e + 1</c> or <c>1 + e</c>).</summary>
    private static bool IsSuccessor(IOperation next, IOperation index) =>
        Unwrap(next) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } plus
        && (SameValue(plus.LeftOperand, index) && IsConstant(plus.RightOperand, 1) || SameValue(plus.RightOperand, index) && IsConstant(plus.LeftOperand, 1));
}
