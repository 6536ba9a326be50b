using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Resets made on the first pass of an inner counted loop: <c>if (start == 0) { m = tileMax; … continue; }</c> in
/// <c>for (int start = 0; …; start += Tile)</c> runs every time that loop starts, so a value folded after it in the
/// same loop does not survive into the next iteration of a loop around it (the next query restarts its running max
/// from its own first tile), although a flow graph, which does not know that <c>start == 0</c> holds on the first pass,
/// finds a path that skips it.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when one of <paramref name="resets"/> is made on the first pass of a <c>for</c> loop that holds
    /// <paramref name="write"/> and lies strictly inside <paramref name="loop"/>, before the write: the guard
    /// <c>v == start</c> compares the loop's own variable (declared by the loop at a constant and written nowhere in its
    /// body) with that constant, its <c>if</c> is a statement of the loop's body with no jump before it, the reset is in
    /// its true branch, and the write is in a later statement of the body or in the guard's false branch.
    /// </summary>
    private bool ResetOnFirstPass(IOperation write, IOperation loop, IReadOnlyList<IOperation> resets)
    {
        foreach (var reset in resets)
        {
            if (FirstPassGuard(reset) is not { } guard || guard.Loop == loop || !Contains(loop, guard.Loop) || !Contains(guard.Loop, write))
            {
                continue;
            }

            var body = BodyStatements(guard.Loop);
            var guardIndex = body.IndexOf(guard.Statement);
            var writeIndex = body.IndexOf(body.FirstOrDefault(statement => Contains(statement, write))!);
            if (writeIndex > guardIndex || (writeIndex == guardIndex && guard.Statement.WhenFalse is { } otherwise && Contains(otherwise, write)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first-pass guard around <paramref name="reset"/> (<see cref="ResetOnFirstPass"/>): its <c>if</c> and the
    /// <c>for</c> loop whose first pass it selects; null when the reset is under no such guard.
    /// </summary>
    private (IConditionalOperation Statement, IForLoopOperation Loop)? FirstPassGuard(IOperation reset)
    {
        for (var node = reset.Parent; node is not null; node = node.Parent)
        {
            if (node is not IConditionalOperation { Type: null } conditional)
            {
                continue;
            }

            if (!Contains(conditional.WhenTrue, reset) || EnclosingLoop(conditional) is not IForLoopOperation loop
                || !BodyStatements(loop).Contains(conditional) || !IsFirstPassCondition(conditional.Condition, loop))
            {
                return null;
            }

            var body = BodyStatements(loop);
            var before = body.Take(body.IndexOf(conditional));
            return before.Any(statement => statement.DescendantsAndSelf().Any(IsJump)) ? null : (conditional, loop);
        }

        return null;
    }

    /// <summary><c>v == c</c> (either order) with <c>v</c> declared by <paramref name="loop"/> at the constant <c>c</c> and not written in its body.</summary>
    private bool IsFirstPassCondition(IOperation condition, IForLoopOperation loop)
    {
        if (Unwrap(condition) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equality)
        {
            return false;
        }

        var (variable, constant) = VariableOf(equality.LeftOperand) is ILocalSymbol left ? (left, equality.RightOperand) : (VariableOf(equality.RightOperand) as ILocalSymbol, equality.LeftOperand);
        if (variable is null || Unwrap(constant) is not { ConstantValue: { HasValue: true, Value: { } value } })
        {
            return false;
        }

        var declared = loop.Before.SelectMany(before => before.DescendantsAndSelf()).OfType<IVariableDeclaratorOperation>()
            .Any(declarator => SymbolEqualityComparer.Default.Equals(declarator.Symbol, variable)
                && Unwrap(declarator.Initializer?.Value) is { ConstantValue: { HasValue: true, Value: { } start } } && Equals(start, value));
        return declared && !WritesOf(variable).Any(written => Contains(loop.Body, written.Operation));
    }

    /// <summary>The statements of a loop's body (the body itself when it is no block).</summary>
    private static ImmutableArray<IOperation> BodyStatements(ILoopOperation loop) =>
        loop.Body is IBlockOperation block ? block.Operations : ImmutableArray.Create(loop.Body);

    /// <summary>A statement that may leave the iteration before what follows it runs.</summary>
    private static bool IsJump(IOperation operation) => operation is IBranchOperation or IReturnOperation or IThrowOperation;
}
