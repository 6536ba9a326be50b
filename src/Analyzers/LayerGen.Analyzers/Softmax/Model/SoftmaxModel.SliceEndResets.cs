using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Slice-end resets: one flat walk over a <c>[rows, cols]</c> block whose accumulator is reset by a guard that fires at
/// every slice boundary (<c>if ((i + 1) % cols == 0) { maxes[i / cols] = m; m = -inf; }</c>, <c>i % cols == cols - 1</c>,
/// a remainder local <c>j == cols - 1</c>, a column counter <c>++c == cols</c> reset to 0, or <c>i % cols == 0</c> before
/// the fold) carries the fold across the walk's steps only within one window of <c>cols</c> steps: it folds one slice,
/// as <c>rowMax[i / cols]</c> does (FlatKeys.cs). Only a period that is a stride of the method's own flat accesses is a
/// slice; a reset at another period (<c>% (2 * cols)</c>) keeps the fold over the whole walk.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The window (its period as a stride and as written) that <paramref name="loop"/>'s resets of the fold's target
    /// cut a fold at <paramref name="write"/> into, when every reset inside the loop is an unconditional statement of one
    /// slice-boundary guard of one period, closing the window after the fold or opening it before; else null.
    /// </summary>
    private (Stride Period, IOperation Size, IOperation? End, bool EndSkips)? ResetWindow(IOperation write, IOperation loop, List<IOperation> resets)
    {
        if (loop is not ILoopOperation { Body: { } body } || WalkVariable(loop) is not { } walked)
        {
            return null;
        }

        (Stride Period, IOperation Size, IOperation? End, bool EndSkips)? window = null;
        var any = false;
        foreach (var reset in resets)
        {
            if (!Contains(loop, reset))
            {
                continue;
            }

            any = true;
            if (BoundaryGuard(reset, body, walked) is not var (guard, size, atEnd)
                || Linear(size) is not { IsLoopFree: true, Constant: { } period } || period.Equals(Stride.Unknown)
                || window is { } known && !known.Period.Equals(period)
                || Contains(guard, write) && !IsSeededOpening(guard, atEnd, reset, write)
                || write.Syntax.SpanStart < guard.Syntax.SpanStart != atEnd)
            {
                // Another reset, a guard of another period, or one on the wrong side of the fold (it would cut a slice
                // short by one element and carry that element into the next).
                return null;
            }

            window = (period, size, atEnd ? guard : null, atEnd && IsSkip(guard));
        }

        if (window is { End: null, EndSkips: false } opening && ClosingGuard(write, loop, walked, opening.Size, opening.Period) is { } closing)
        {
            // if (i % P == 0) m = -inf; …fold…; if ((i + 1) % P == 0) maxes[i / P] = m;: read whole where the slice closes.
            window = (opening.Period, opening.Size, closing, IsSkip(closing));
        }

        return any && window is { } found && (StridesSeen().Contains(found.Period.Text) || SliceKeyDivisors().Contains(found.Period.Text)) ? found : null;
    }

    /// <summary>
    /// The divisors of the method's flat keys (<c>maxes[i / cols]</c>, <c>colSum[i % cols]</c>): in a method whose
    /// accesses are all flat, the slices its per-slice values are stored and read by.
    /// </summary>
    private HashSet<string> SliceKeyDivisors()
    {
        if (_sliceKeyDivisors is { } known)
        {
            return known;
        }

        known = new HashSet<string>(System.StringComparer.Ordinal);
        _sliceKeyDivisors = known;
        foreach (var operation in _operations)
        {
            if (IsElementAccess(operation) && FlatKeys(operation).Values.FirstOrDefault() is { } key)
            {
                known.Add(key.Divisor.Text);
            }
        }

        return known;
    }

    private HashSet<string>? _sliceKeyDivisors;

    /// <summary>
    /// The part of a flat walk's dimensions one window of <paramref name="period"/> steps covers: the unit stride (for a
    /// walk of the whole buffer, its unit stride linked to the whole), never the stride of the window itself.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> WithinWindow(ImmutableHashSet<DimensionAtom> atoms, Stride period)
    {
        var result = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var atom in atoms)
        {
            if (atom.IsWhole)
            {
                result = result.Add(Classes.LinkStrideOfWholes(atom, Stride.One.Text));
            }
            else if (atom.Key != "s:" + period.Text)
            {
                result = result.Add(atom);
            }
        }

        return result;
    }

    /// <summary>The variable a loop counts up by one from 0 (<c>for (int i = 0; …; i++)</c> and its <c>while</c> spelling).</summary>
    private static ISymbol? WalkVariable(IOperation loop) =>
        CountedLoopParts(loop) is var (start, step, _) && StartValue(start) is ({ } variable, { } value)
        && IsConstant(value, 0) && UnitStep(step, variable) == 1
            ? variable
            : null;

    /// <summary>
    /// The slice-boundary guard <paramref name="reset"/> runs under, with the window size and whether the guard fires at
    /// a window's last step (else at its first): the <c>if</c> whose branch holds the reset as a plain statement, or an
    /// earlier <c>if (!boundary) continue;</c> of the loop body; the guard itself a statement of the body.
    /// </summary>
    private (IOperation Guard, IOperation Size, bool AtEnd)? BoundaryGuard(IOperation reset, IOperation body, ISymbol walked)
    {
        var statement = reset;
        while (statement.Parent is { } parent && parent != body)
        {
            if (parent is IConditionalOperation { Type: null } conditional)
            {
                var negated = conditional.WhenFalse is { } whenFalse && Contains(whenFalse, reset);
                return IsBodyStatement(conditional, body) && Boundary(conditional.Condition, negated, walked, conditional) is var (size, atEnd)
                    ? (conditional, size, atEnd)
                    : null;
            }

            if (parent is not (IBlockOperation or IExpressionStatementOperation))
            {
                return null;
            }

            statement = parent;
        }

        // if ((i + 1) % cols != 0) continue; …; m = -inf;: the statements after the skip run at the boundary only.
        if (body is IBlockOperation block)
        {
            foreach (var earlier in block.Operations.TakeWhile(operation => operation != statement))
            {
                if (earlier is IConditionalOperation { WhenTrue: var skip, WhenFalse: null } skipper && IsContinue(skip)
                    && Boundary(skipper.Condition, negated: true, walked, skipper) is var (size, atEnd))
                {
                    return (skipper, size, atEnd);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>if (i % P == 0) m = x[i]; else m = Max(m, x[i]);</c>: the fold in the <c>else</c> of the guard that opens a
    /// slice by seeding it, the reset in its <c>then</c>: the fold still runs only within the slice.
    /// </summary>
    private static bool IsSeededOpening(IOperation guard, bool atEnd, IOperation reset, IOperation write) =>
        !atEnd && guard is IConditionalOperation { WhenTrue: var whenTrue, WhenFalse: { } whenFalse }
        && Contains(whenFalse, write) && Contains(whenTrue, reset);

    /// <summary>
    /// For a slice opened by a reset at its first step (<c>i % P == 0</c>): the first statement of the loop body after the
    /// fold that closes a slice of the same period P (<c>if ((i + 1) % P == 0) …</c>, <c>if (i % P == P - 1)</c>, or an
    /// <c>if (… != 0) continue;</c> skip), or that stores the running value at every step under the slice's own key
    /// (<c>maxes[i / P] = m;</c>: the last store of each slice, at its last step, is the one kept): a read there sees the
    /// whole slice. Null when there is none.
    /// </summary>
    private IOperation? ClosingGuard(IOperation write, IOperation loop, ISymbol walked, IOperation size, Stride period)
    {
        if (loop is not ILoopOperation { Body: IBlockOperation block })
        {
            return null;
        }

        foreach (var statement in block.Operations)
        {
            if (statement.Syntax.SpanStart <= write.Syntax.SpanStart || Contains(statement, write))
            {
                continue;
            }

            if (statement is IConditionalOperation { Type: null } conditional
                && Boundary(conditional.Condition, negated: IsSkip(conditional), walked, conditional) is (var closes, true)
                && SameValue(closes, size))
            {
                return conditional;
            }

            if (statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: var stored } }
                && FlatKeys(stored).TryGetValue(loop, out var key) && key.IsQuotient && key.Divisor.Equals(period))
            {
                return statement;
            }
        }

        return null;
    }

    private static bool IsBodyStatement(IOperation statement, IOperation body) =>
        statement.Parent == body || statement.Parent is IBlockOperation { Parent: var owner } && owner == body;

    /// <summary><c>if (c) continue;</c>: the statements after it run only when c is false.</summary>
    private static bool IsSkip(IOperation guard) => guard is IConditionalOperation { WhenTrue: var skip, WhenFalse: null } && IsContinue(skip);

    /// <summary>
    /// True when <paramref name="use"/> runs when a slice closes: inside the closing guard, or after an
    /// <c>if (!boundary) continue;</c> guard in the same loop body.
    /// </summary>
    private static bool ReadsAtWindowEnd(IOperation? end, bool endSkips, IOperation use) =>
        end is not null && (Contains(end, use)
            || endSkips && end.Parent is { } body && Contains(body, use) && use.Syntax.SpanStart >= end.Syntax.Span.End);

    private static bool IsContinue(IOperation statement) =>
        statement is IBranchOperation { BranchKind: BranchKind.Continue }
        || statement is IBlockOperation { Operations: [IBranchOperation { BranchKind: BranchKind.Continue }] };

    /// <summary>
    /// A condition true exactly at a window boundary of the walk over <paramref name="walked"/> (false there when
    /// <paramref name="negated"/>): <c>(i + 1) % P == 0</c> or <c>i % P == P - 1</c> (the last step of a window),
    /// <c>i % P == 0</c> (the first), also through a local defined once as <c>i % P</c>, and a counter of the walk's
    /// steps (<see cref="CounterBoundary"/>). The window size P and whether it is the last step; else null.
    /// </summary>
    private (IOperation Size, bool AtEnd)? Boundary(IOperation? condition, bool negated, ISymbol walked, IConditionalOperation guard)
    {
        condition = Unwrap(condition);
        if (condition is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            return Boundary(not.Operand, !negated, walked, guard);
        }

        if (condition is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
            || (comparison.OperatorKind == BinaryOperatorKind.NotEquals) != negated)
        {
            return null;
        }

        foreach (var (left, right) in new[] { (comparison.LeftOperand, comparison.RightOperand), (comparison.RightOperand, comparison.LeftOperand) })
        {
            if (RemainderOf(left, walked) is var (dividend, size))
            {
                // (i + 1) % P == 0 closes a window; i % P == 0 opens one; i % P == P - 1 closes one.
                if (IsConstant(right, 0))
                {
                    return IsWalkedPlusOne(dividend, walked) ? (size, true) : References(dividend, walked) ? (size, false) : null;
                }

                return References(dividend, walked) && IsOneLess(right, size) ? (size, true) : null;
            }

            if (CounterBoundary(left, right, walked, guard) is { } counted)
            {
                return (counted, true);
            }

            if (CounterOpening(left, right, walked, guard) is { } opened)
            {
                return (opened, false);
            }
        }

        return null;
    }

    /// <summary><c>a % P</c> with P loop-free, also through a local defined once as one: a and P.</summary>
    private (IOperation Dividend, IOperation Size)? RemainderOf(IOperation? operand, ISymbol walked, int depth = 0)
    {
        operand = Unwrap(operand);
        if (operand is ILocalReferenceOperation { Local: var local } && depth < 2 && !SymbolEqualityComparer.Default.Equals(local, walked)
            && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } definition)
        {
            return RemainderOf(definition, walked, depth + 1);
        }

        if (operand is ILocalReferenceOperation { Local: var divided } && DivRemLocal(divided) is { IsQuotient: false } part)
        {
            // var (_, c) = Math.DivRem(a, P): c is a % P.
            return Linear(part.Divisor).IsLoopFree ? (Unwrap(part.Dividend)!, Unwrap(part.Divisor)!) : null;
        }

        return operand is IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } remainder && Linear(remainder.RightOperand).IsLoopFree
            ? (Unwrap(remainder.LeftOperand)!, Unwrap(remainder.RightOperand)!)
            : null;
    }

    private static bool IsWalkedPlusOne(IOperation operand, ISymbol walked) =>
        Unwrap(operand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
        && (References(add.LeftOperand, walked) && IsConstant(add.RightOperand, 1) || References(add.RightOperand, walked) && IsConstant(add.LeftOperand, 1));

    /// <summary><c>P - 1</c> for the given P.</summary>
    private static bool IsOneLess(IOperation operand, IOperation size) =>
        Unwrap(operand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus && IsConstant(minus.RightOperand, 1) && SameValue(minus.LeftOperand, size);

    /// <summary>
    /// A counter of the walk's steps compared at the window's last step: <c>++c == P</c>, <c>c++ == P - 1</c>, or
    /// <c>c == P</c> after an earlier <c>c++;</c> of the body, where c starts at 0 before the loop, is stepped once per
    /// step by the body itself, and is set back to 0 by the guard. The window size P; else null.
    /// </summary>
    private IOperation? CounterBoundary(IOperation compared, IOperation bound, ISymbol walked, IConditionalOperation guard)
    {
        compared = Unwrap(compared)!;
        var (counter, stepped) = compared switch
        {
            IIncrementOrDecrementOperation { Kind: OperationKind.Increment, IsPostfix: var postfix } increment => (VariableOf(increment.Target) as ILocalSymbol, !postfix),
            _ => (VariableOf(compared) as ILocalSymbol, true),
        };
        if (counter is null || SymbolEqualityComparer.Default.Equals(counter, walked) || EnclosingLoopStatement(guard) is not ILoopOperation loop)
        {
            return null;
        }

        var writes = WritesOf(counter);
        var starts = writes.Where(write => !Contains(loop, write.Operation)).ToList();
        var steps = writes.Where(write => Contains(loop, write.Operation) && !Contains(guard.WhenTrue, write.Operation)).ToList();
        var restarts = writes.Where(write => Contains(guard.WhenTrue, write.Operation)).ToList();
        if (starts.Count != 1 || !IsConstant(starts[0].Value, 0) || restarts.Count != 1 || !IsConstant(restarts[0].Value, 0)
            || steps.Count != 1 || UnitStep(steps[0].Operation, counter) != 1)
        {
            return null;
        }

        // The step is the compared operand itself, or a statement of the body before the guard.
        var step = steps[0].Operation;
        var inCondition = Contains(guard.Condition, step);
        if (!inCondition && (!IsBodyStatement(step.Parent ?? step, ((ILoopOperation)loop).Body) || step.Syntax.SpanStart > guard.Syntax.SpanStart))
        {
            return null;
        }

        // After the step the counter is the steps since the restart: P at a window's last step; before it, P - 1.
        if (stepped)
        {
            return Unwrap(bound);
        }

        return Unwrap(bound) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus && IsConstant(minus.RightOperand, 1) ? Unwrap(minus.LeftOperand) : null;
    }

    /// <summary>
    /// A step counter compared with 0 before it is stepped, <c>if (c == 0) m = -inf;</c>, where the counter's one
    /// restart to 0 sits in a later guard that closes each window (<c>if (++c == P) { …; c = 0; }</c>,
    /// <see cref="CounterBoundary"/>): true at a window's first step. The window size P; else null.
    /// </summary>
    private IOperation? CounterOpening(IOperation compared, IOperation bound, ISymbol walked, IConditionalOperation guard)
    {
        if (!IsConstant(bound, 0) || Unwrap(compared) is not ILocalReferenceOperation { Local: var counter }
            || SymbolEqualityComparer.Default.Equals(counter, walked) || EnclosingLoopStatement(guard) is not ILoopOperation loop)
        {
            return null;
        }

        var inLoop = WritesOf(counter).Where(write => Contains(loop, write.Operation)).ToList();
        var restarts = inLoop.Where(write => IsConstant(write.Value, 0)).ToList();
        if (restarts.Count != 1 || inLoop.Any(write => write.Operation.Syntax.SpanStart < guard.Syntax.Span.End))
        {
            // Stepped before the test: c is never 0 there.
            return null;
        }

        for (var parent = restarts[0].Operation.Parent; parent is not null && parent != loop; parent = parent.Parent)
        {
            if (parent is IConditionalOperation { Type: null, Condition: IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } test } closing
                && closing != guard && Contains(closing.WhenTrue, restarts[0].Operation))
            {
                return CounterBoundary(test.LeftOperand, test.RightOperand, walked, closing) ?? CounterBoundary(test.RightOperand, test.LeftOperand, walked, closing);
            }
        }

        return null;
    }

    /// <summary>The innermost loop statement around <paramref name="operation"/>.</summary>
    private static IOperation? EnclosingLoopStatement(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation)
            {
                return current;
            }
        }

        return null;
    }
}
