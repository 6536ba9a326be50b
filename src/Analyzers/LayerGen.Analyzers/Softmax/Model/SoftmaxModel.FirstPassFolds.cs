using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A fold made before a counted loop and read inside it on the loop's first pass only. A software-pipelined row softmax
/// folds row 0's max into <c>next</c> before the row loop; each row reads <c>peak = next</c>, then resets <c>next</c>
/// and folds row <c>r + 1</c> into it (under <c>if (r + 1 &lt; rows)</c>, false only on the last pass). Row 0's fold
/// reaches the read in row 0 alone, where it is that row's own max, so the row it pins is not stale there. A flow graph
/// finds a path that skips the guarded reset and carries row 0's max into later rows, but that path leaves the loop.
/// A fold that pins another row than the loop's first, or that some continuing pass does not reset, keeps its pin.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when the fold <paramref name="write"/> of <paramref name="value"/> (made before the outermost loop that holds
    /// <paramref name="use"/> but not the fold) pins only the row that loop's first pass reads, and every pass that goes on
    /// to another one passes one of <paramref name="resets"/> first, and that loop makes one of <paramref name="folds"/>
    /// (see the type summary).
    /// </summary>
    private bool ReadOnFirstPassOnly(IOperation write, IOperation value, IOperation use, IReadOnlyList<IOperation> resets, IEnumerable<IOperation> folds) =>
        ReadOnFirstPassOnly(write, use, resets, folds, row => PinsOnlyRow(value, row));

    /// <summary>
    /// The pins of a whole reduction <paramref name="call"/> defined at <paramref name="write"/> before the loop that
    /// reads it on its first pass only (<c>double next = x[0].Max();</c> then <c>next = x[r + 1].Max();</c> under
    /// <c>if (r + 1 &lt; x.Length)</c>): the atoms of the row <c>x[f]</c> it reduces when <c>f</c> is the loop's first
    /// value; empty otherwise.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> FirstPassPins(IOperation write, IOperation call, IOperation use, IReadOnlyList<IOperation> resets, IEnumerable<IOperation> writes)
    {
        var receiver = Unwrap(call) switch
        {
            IInvocationOperation { Instance: { } instance } => instance,
            IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments: [var first, ..] } => first.Value,
            _ => null,
        };
        return Unwrap(receiver) is IArrayElementReferenceOperation { Indices: [var index] } row
            && ReadOnFirstPassOnly(write, use, resets, writes, first => IsConstant(index, first))
            ? FixedRowAtoms(row)
            : ImmutableHashSet<DimensionAtom>.Empty;
    }

    private bool ReadOnFirstPassOnly(IOperation write, IOperation use, IReadOnlyList<IOperation> resets, IEnumerable<IOperation> folds, System.Func<int, bool> pinsRow)
    {
        IOperation? loop = null;
        foreach (var candidate in EnclosingLoops(use))
        {
            if (Contains(candidate, write))
            {
                break;
            }

            loop = candidate;
        }

        if (loop is not IForLoopOperation counted || counted.Syntax.SyntaxTree != write.Syntax.SyntaxTree || write.Syntax.Span.End > counted.Syntax.SpanStart
            || CountedLoopParts(counted) is not var (start, step, condition) || StartValue(start) is not (ILocalSymbol counter, { } first)
            || UnitStep(step, counter) != 1 || Unwrap(first) is not { ConstantValue: { HasValue: true, Value: int firstRow } }
            || UpperBound(condition) is not var (bounded, bound) || !References(bounded, counter)
            || WritesOf(counter).Any(written => Contains(counted.Body, written.Operation)) || !folds.Any(fold => Contains(counted, fold)))
        {
            return false;
        }

        return pinsRow(firstRow) && ResetsBeforeNextPass(counted, counter, firstRow, bound, use, resets);
    }

    /// <summary>
    /// True when the element <paramref name="value"/> reads is pinned by constant indices (<see cref="PinnedAtoms"/>)
    /// that are all <paramref name="row"/>: <c>x[0, c]</c>, <c>x[0][c]</c>.
    /// </summary>
    private bool PinsOnlyRow(IOperation value, int row)
    {
        var indices = Unwrap(value) switch
        {
            IArrayElementReferenceOperation { Indices.Length: > 1 } rectangular => rectangular.Indices.Where(IsFixedRowIndex).ToList(),
            IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: IArrayElementReferenceOperation { Indices.Length: 1 } jagged } => jagged.Indices.ToList(),
            _ => new List<IOperation>(),
        };
        return indices.Count > 0 && indices.All(index => IsConstant(index, row));
    }

    /// <summary>
    /// True when a statement of <paramref name="loop"/>'s body resets the target on every pass but the last (the reset
    /// unconditional in it, or under a guard <see cref="IsNextPassGuard"/>), or on every pass but the first before the
    /// statement that holds <paramref name="use"/> (under <see cref="IsLaterPassGuard"/>: a peeled first row), and no
    /// <c>continue</c> or <c>goto</c> before it can skip it.
    /// </summary>
    private static bool ResetsBeforeNextPass(
        IForLoopOperation loop, ILocalSymbol counter, int first, IOperation bound, IOperation use, IReadOnlyList<IOperation> resets)
    {
        var beforeUse = true;
        foreach (var statement in BodyStatements(loop))
        {
            var skips = statement.DescendantsAndSelf().Any(node => node is IBranchOperation { BranchKind: BranchKind.GoTo }
                || node is IBranchOperation { BranchKind: BranchKind.Continue } jump && SymbolEqualityComparer.Default.Equals(jump.Target, loop.ContinueLabel));
            if (skips)
            {
                return false;
            }

            beforeUse &= !Contains(statement, use);
            if (resets.Any(reset => ResetsOnPasses(statement, reset, guard => IsNextPassGuard(guard, counter, bound) || (beforeUse && IsLaterPassGuard(guard, counter, first)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="reset"/> runs whenever <paramref name="statement"/> does, but where an <c>if</c> around
    /// it is an <paramref name="accepted"/> guard: between the two lie blocks, expression statements and the true
    /// branches of such guards.
    /// </summary>
    private static bool ResetsOnPasses(IOperation statement, IOperation reset, System.Func<IOperation, bool> accepted)
    {
        if (!Contains(statement, reset))
        {
            return false;
        }

        for (var node = reset.Parent; node is not null && Contains(statement, node); node = node.Parent)
        {
            var passes = node switch
            {
                IBlockOperation or IExpressionStatementOperation => true,
                IConditionalOperation { Type: null } guard => Contains(guard.WhenTrue, reset) && accepted(guard.Condition),
                _ => false,
            };
            if (!passes)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>v &gt; f</c>, <c>v != f</c>, <c>v &gt;= f + 1</c> (either order) for the loop's first value <c>f</c>: false on the first pass only.</summary>
    private static bool IsLaterPassGuard(IOperation condition, ILocalSymbol counter, int first)
    {
        if (Unwrap(condition) is not IBinaryOperation comparison)
        {
            return false;
        }

        var (high, low, strict) = comparison.OperatorKind switch
        {
            BinaryOperatorKind.GreaterThan => (comparison.LeftOperand, comparison.RightOperand, true),
            BinaryOperatorKind.LessThan => (comparison.RightOperand, comparison.LeftOperand, true),
            BinaryOperatorKind.GreaterThanOrEqual => (comparison.LeftOperand, comparison.RightOperand, false),
            BinaryOperatorKind.LessThanOrEqual => (comparison.RightOperand, comparison.LeftOperand, false),
            BinaryOperatorKind.NotEquals when References(comparison.LeftOperand, counter) => (comparison.LeftOperand, comparison.RightOperand, true),
            BinaryOperatorKind.NotEquals => (comparison.RightOperand, comparison.LeftOperand, true),
            _ => (null, null, false),
        };
        return high is not null && low is not null && References(high, counter) && IsConstant(low, strict ? first : first + 1);
    }

    /// <summary>
    /// <c>v + 1 &lt; B</c>, <c>v &lt; B - 1</c>, <c>v + 1 != B</c>, <c>v != B - 1</c> (either order) for the loop
    /// <c>for (v = …; v &lt; B; v++)</c>: false only on the loop's last pass.
    /// </summary>
    private static bool IsNextPassGuard(IOperation condition, ILocalSymbol counter, IOperation bound)
    {
        if (Unwrap(condition) is not IBinaryOperation comparison)
        {
            return false;
        }

        var (low, high) = comparison.OperatorKind switch
        {
            BinaryOperatorKind.LessThan or BinaryOperatorKind.NotEquals => (comparison.LeftOperand, comparison.RightOperand),
            BinaryOperatorKind.GreaterThan => (comparison.RightOperand, comparison.LeftOperand),
            _ => (null, null),
        };
        if (low is null || high is null)
        {
            return false;
        }

        bool Next(IOperation operand) => Unwrap(operand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
            && ((References(sum.LeftOperand, counter) && IsConstant(sum.RightOperand, 1)) || (References(sum.RightOperand, counter) && IsConstant(sum.LeftOperand, 1)));
        bool BeforeBound(IOperation operand) => Unwrap(operand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
            && SameValue(difference.LeftOperand, bound) && IsConstant(difference.RightOperand, 1);

        return (Next(low) && SameValue(high, bound)) || (References(low, counter) && BeforeBound(high))
            || (comparison.OperatorKind == BinaryOperatorKind.NotEquals && ((Next(high) && SameValue(low, bound)) || (References(high, counter) && BeforeBound(low))));
    }
}
