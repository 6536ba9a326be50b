using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether a fold of negated data (NegatedFolds.cs) walks the whole slice its exp walks: only then is <c>min(-x)</c>
/// the slice's <c>-max x</c>. A fold over part of it (the first half, every second element, from index 1, a filtered
/// element) is the negated extreme of that part, and a smaller value elsewhere leaves the exponent above 0. Read from
/// the loops that hold a fold but not the exp (the fold's own loops): each is a <c>for</c> counted from 0 by 1 to a bound
/// that is the buffer's whole length, the size it was created with, or the bound of a loop around the exp (the same
/// walk), or a <c>foreach</c> over a whole source (IsWholeSource). The fold itself is a statement of the innermost
/// body, or the branch of an <c>if</c> comparing with the accumulator (its own guard); no body leaves an iteration
/// early. A count-down walk from the last index to 0 is whole too. A walk is known partial when it starts at another
/// constant, steps by more than 1, stops at a bound visibly short of the slice (<c>n / 2</c>, <c>n - 1</c>), filters
/// (another <c>if</c>, a <c>continue</c>), or a LINQ source is cut (<c>Take</c>, <c>Skip</c>, <c>Where</c>); any other
/// walk (a <c>while</c> loop, a lambda, a fold in the exp's own loop) is unknown and main's readings decide.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How a fold of negated data walks the exp's slice.</summary>
    private enum SliceWalk
    {
        /// <summary>The walk is not read (a <c>while</c> loop, a lambda, a running fold): no verdict.</summary>
        Unknown,

        /// <summary>Every element of the slice the exp walks.</summary>
        Whole,

        /// <summary>Provably part of it: the fold is no extreme of the slice.</summary>
        Partial,
    }

    /// <summary>How every fold of <paramref name="fold"/> walks the slice <paramref name="exp"/> walks (see the type remarks).</summary>
    private SliceWalk WalkOf(NegatedFold fold, IOperation exp)
    {
        if (fold.LinqCall is not null)
        {
            return fold.LinqSource is { } source ? LinqSourceWalk(source) : SliceWalk.Unknown;
        }

        var use = UseOf(exp);
        var expBounds = EnclosingLoops(use).Select(ConditionBound).Where(bound => bound is not null).Select(bound => AtomKey(bound!)).ToList();
        var roots = Eval(fold.Data).RawRoots;
        var walk = SliceWalk.Whole;
        foreach (var write in fold.Folds)
        {
            var ownLoops = EnclosingLoops(write).Where(loop => !Contains(loop, use)).ToList();
            if (ownLoops.Count == 0)
            {
                return SliceWalk.Unknown;
            }

            if (!IsStatementOfLoopBody(write, ownLoops[0]))
            {
                // if (k != 3) m = Math.Max(m, -d[k]): a filtered walk.
                return SliceWalk.Partial;
            }

            foreach (var loop in ownLoops)
            {
                var loopWalk = LoopWalk(loop, roots, expBounds);
                if (loopWalk == SliceWalk.Partial)
                {
                    return SliceWalk.Partial;
                }

                if (loopWalk == SliceWalk.Unknown)
                {
                    walk = SliceWalk.Unknown;
                }
            }
        }

        return walk;
    }

    /// <summary>A LINQ fold's source: whole (a variable, a row), cut (<c>Take</c>, <c>Skip</c>, <c>Where</c>, …), or unknown.</summary>
    private static SliceWalk LinqSourceWalk(IOperation source)
    {
        if (IsWholeSource(source))
        {
            return SliceWalk.Whole;
        }

        return Unwrap(source) is IInvocationOperation { TargetMethod.Name: "Take" or "Skip" or "Where" or "TakeWhile" or "SkipWhile" or "TakeLast" or "SkipLast" or "Distinct" }
            ? SliceWalk.Partial
            : SliceWalk.Unknown;
    }

    /// <summary>How one of a fold's own loops walks: a whole counted or <c>foreach</c> walk, a provably partial one, or unknown.</summary>
    private SliceWalk LoopWalk(IOperation loop, IEnumerable<ISymbol> roots, List<string> expBounds)
    {
        if (loop is not ILoopOperation { Body: var body })
        {
            return SliceWalk.Unknown;
        }

        if (body.DescendantsAndSelf().Any(node => node is IBranchOperation or IReturnOperation or IThrowOperation))
        {
            // continue, break: some elements are left out.
            return SliceWalk.Partial;
        }

        switch (loop)
        {
            case IForEachLoopOperation forEach:
                return IsWholeSource(forEach.Collection) ? SliceWalk.Whole : LinqSourceWalk(forEach.Collection);
            case IForLoopOperation forLoop when Unwrap(forLoop.Condition) is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan } condition
                && VariableOf(condition.LeftOperand) is ILocalSymbol index:
                var bound = Unwrap(condition.RightOperand)!;
                var whole = expBounds.Contains(AtomKey(bound)) || roots.Any(root => IsWholeLength(bound, root, depth: 0) || IsCreatedSize(root, bound));
                if (CountedStart(forLoop, index) is { } start && start != 0 || StepOf(forLoop, index) is > 1 || IsVisiblyShort(bound))
                {
                    return SliceWalk.Partial;
                }

                return whole && CountedStart(forLoop, index) is 0 && StepOf(forLoop, index) is 1 ? SliceWalk.Whole : SliceWalk.Unknown;
            case IForLoopOperation countDown when Unwrap(countDown.Condition) is IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThanOrEqual } condition
                && VariableOf(condition.LeftOperand) is ILocalSymbol index && ConstantOf(condition.RightOperand) is 0 && StepOf(countDown, index) is -1:
                // for (k = n - 1; k >= 0; k--): from the last index down to 0.
                return StartDefinition(countDown, index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } last && ConstantOf(last.RightOperand) is 1
                    && Unwrap(last.LeftOperand) is { } length
                    && (expBounds.Contains(AtomKey(length)) || roots.Any(root => IsWholeLength(length, root, depth: 0) || IsCreatedSize(root, length)))
                    ? SliceWalk.Whole
                    : SliceWalk.Unknown;
            default:
                return SliceWalk.Unknown;
        }
    }

    /// <summary>A bound visibly short of a length: <c>n / 2</c>, <c>n - 1</c>, <c>n &gt;&gt; 1</c>.</summary>
    private static bool IsVisiblyShort(IOperation bound) =>
        bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.RightShift } quotient && ConstantOf(quotient.RightOperand) is > 1
        || bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference && ConstantOf(difference.RightOperand) is > 0;

    /// <summary>The value <paramref name="index"/> is declared or set to before <paramref name="loop"/> runs, unwrapped; null when none is seen.</summary>
    private static IOperation? StartDefinition(IForLoopOperation loop, ILocalSymbol index)
    {
        foreach (var node in loop.Before.SelectMany(before => before.DescendantsAndSelf()))
        {
            switch (node)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, index):
                    return Unwrap(declarator.Initializer?.Value);
                case ISimpleAssignmentOperation assignment when References(assignment.Target, index):
                    return Unwrap(assignment.Value);
            }
        }

        return null;
    }

    /// <summary>The constant <paramref name="index"/> starts at, null when it starts at no constant.</summary>
    private static double? CountedStart(IForLoopOperation loop, ILocalSymbol index) =>
        StartDefinition(loop, index) is { } start ? ConstantOf(start) : null;

    /// <summary>The loop's constant step of <paramref name="index"/> (<c>k++</c> 1, <c>k += 2</c> 2, <c>k--</c> −1), null when not one constant step.</summary>
    private static double? StepOf(IForLoopOperation loop, ILocalSymbol index)
    {
        if (loop.AtLoopBottom.Length != 1)
        {
            return null;
        }

        var step = loop.AtLoopBottom[0] is IExpressionStatementOperation statement ? statement.Operation : loop.AtLoopBottom[0];
        return step switch
        {
            IIncrementOrDecrementOperation { Kind: OperationKind.Increment } increment when References(increment.Target, index) => 1,
            IIncrementOrDecrementOperation { Kind: OperationKind.Decrement } decrement when References(decrement.Target, index) => -1,
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add when References(add.Target, index) => ConstantOf(add.Value),
            ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum } assignment
                when References(assignment.Target, index) && References(sum.LeftOperand, index) => ConstantOf(sum.RightOperand),
            _ => null,
        };
    }

    /// <summary>
    /// True when <paramref name="write"/> runs in every iteration of <paramref name="loop"/>: a statement of its body
    /// (through blocks), or the branch of an <c>if</c> without else whose condition reads the accumulator (<c>if (-x[k] &gt; m) m = -x[k];</c>).
    /// </summary>
    private static bool IsStatementOfLoopBody(IOperation write, IOperation loop)
    {
        var target = write is IAssignmentOperation assignment ? assignment.Target : null;
        for (var current = write.Parent; current is not null && current != loop; current = current.Parent)
        {
            switch (current)
            {
                case IExpressionStatementOperation or IBlockOperation:
                    continue;
                case IConditionalOperation { WhenFalse: null } guard when target is not null
                    && guard.Condition.DescendantsAndSelf().Any(node => node.Syntax.ToString() == target.Syntax.ToString()):
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
