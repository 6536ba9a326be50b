using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Roulette-wheel sampling normalises without dividing. Drawing <c>target = u * total</c> and walking
/// <c>acc += exp(q[i] / tau)</c> until <c>acc &gt;= target</c>, or <c>r -= w[i]</c> until <c>r &lt;= 0</c>, compares the
/// cumulative exps with a multiple of their sum: it is <c>acc / total &gt;= u</c>, the CDF of the softmax. Such a
/// comparison (or decrement) is a softmax site like the division it stands for: its raw exps overflow to ∞ (every draw
/// picks the first overflowing action) or underflow to 0 (every draw picks the first action), and a sum carried across
/// rows is the same bug as in a division. Comparisons with anything but a sum of exps (<c>acc &gt; u * fitnessTotal</c>,
/// a guard <c>total &gt; 0</c>) are no site.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// A comparison of a value fed by exps with a sum of exps, a multiple of one (<c>acc &gt;= u * total</c>) or a draw
    /// bounded by one (<c>Random.Range(0f, total)</c>), through a local <c>target</c>, either side: the site of the
    /// cumulative value over that sum.
    /// </summary>
    private void AddComparedThresholdSite(IBinaryOperation comparison, HashSet<IOperation> seen)
    {
        if (!_hasExp || !IsOrderComparison(comparison.OperatorKind))
        {
            return;
        }

        // The cumulative side may itself be a running sum of exps (acc += e): the threshold is the side the walk does not write.
        var left = comparison.LeftOperand;
        var right = comparison.RightOperand;
        if (IsThreshold(right, comparison) && IsFedByExp(left) && ShareOfSumOfExps(right) is { } rightSum)
        {
            TryAddSite(comparison, left, rightSum, null, seen);
        }
        else if (IsThreshold(left, comparison) && IsFedByExp(right) && ShareOfSumOfExps(left) is { } leftSum)
        {
            TryAddSite(comparison, right, leftSum, null, seen);
        }
    }

    /// <summary>
    /// A threshold is one scalar drawn before the walk: a variable the walk does not write, or a product
    /// (<c>u * total</c>). An element (<c>x[r, c] &gt; m</c>, a max fold's test) is none.
    /// </summary>
    private bool IsThreshold(IOperation operand, IOperation comparison) => Unwrap(operand) switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation => !IsWalkedAround(operand, comparison),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } => true,
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="value"/> is a variable the innermost loop around <paramref name="comparison"/> writes:
    /// the cumulative side of the walk. A threshold drawn once per row is written in an outer loop only.
    /// </summary>
    private bool IsWalkedAround(IOperation value, IOperation comparison) =>
        VariableOf(value) is { } variable && EnclosingLoop(comparison) is { } walk
        && WritesOf(variable).Any(write => Contains(walk, write.Operation));

    /// <summary>
    /// <c>r -= w[i]</c> or <c>r = r - w[i]</c> with <c>r</c> drawn as a multiple of a sum of exps
    /// (<c>r = rng.NextDouble() * total</c>): each step takes one exp off the drawn share of the sum, the site of that
    /// exp over the sum.
    /// </summary>
    private void AddDrawnThresholdSite(IOperation step, HashSet<IOperation> seen)
    {
        if (_hasExp && DecrementOf(step) is var (local, taken) && DrawnShare(local) is { } share)
        {
            TryAddSite(step, taken, share, null, seen);
        }
    }

    /// <summary>The local a step decrements and the value it takes off: <c>r -= x</c>, <c>r = r - x</c>.</summary>
    private static (ILocalSymbol Local, IOperation Taken)? DecrementOf(IOperation step) => step switch
    {
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract, Target: ILocalReferenceOperation { Local: var local }, Value: var taken } => (local, taken),
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var local }, Value: var value }
            when Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
            && Unwrap(difference.LeftOperand) is ILocalReferenceOperation { Local: var read } && SymbolEqualityComparer.Default.Equals(read, local) =>
            (local, difference.RightOperand),
        _ => null,
    };

    /// <summary>
    /// The value a local was first given when that value is a sum of exps or a multiple of one, or the sum a bounded draw
    /// took it from (<c>Random.Range(0f, total)</c>, DrawnBounds.cs): the draw a decrement walks down. A local written
    /// otherwise as well (a reset to another value) has no single draw.
    /// </summary>
    private IOperation? DrawnShare(ILocalSymbol local)
    {
        if (!WellKnownSymbols.IsNumeric(local.Type))
        {
            return null;
        }

        IOperation? draw = null;
        foreach (var write in WritesOf(local))
        {
            if (DecrementOf(write.Operation) is not null)
            {
                continue;
            }

            if (draw is not null || write.Value is null)
            {
                return null;
            }

            draw = write.Value;
        }

        return draw is null ? null : ShareOfSumOfExps(draw);
    }

    /// <summary>
    /// The cheap syntax-free test that lets a method without a division build its model: an order comparison of
    /// floating-point values (<c>acc &gt;= target</c>) or a decrement of a floating-point local (<c>r -= w[i]</c>, <c>r = r - w[i]</c>).
    /// </summary>
    private static bool MayCompareWithDrawnShare(IOperation operation) => operation switch
    {
        IBinaryOperation comparison => IsOrderComparison(comparison.OperatorKind) && WellKnownSymbols.IsNumeric(comparison.LeftOperand.Type),
        ICompoundAssignmentOperation decrement => decrement.OperatorKind == BinaryOperatorKind.Subtract && WellKnownSymbols.IsNumeric(decrement.Target.Type),
        ISimpleAssignmentOperation assignment => DecrementOf(assignment) is { Local.Type: var type } && WellKnownSymbols.IsNumeric(type),
        _ => false,
    };

    private static bool IsOrderComparison(BinaryOperatorKind kind) =>
        kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
            or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
}
