using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Loops with no condition (<c>for (;;)</c>, <c>while (true)</c>, <c>do { … } while (true)</c>) whose extent is given
/// another way: a break guard as the first or last statement of the body (<c>if (k &gt;= B) break;</c> walks as
/// <c>k &lt; B</c> does), or, with no exit at all, the exception the indexer throws at the end of the buffer, caught
/// around the loop (<c>for (;;) peak = Math.Max(peak, x[k++]);</c> in a <c>try</c> catching
/// <c>IndexOutOfRangeException</c> walks to <c>x.Length</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when a loop has no condition or a constant true one.</summary>
    private static bool IsUnconditioned(IOperation loop) => loop switch
    {
        IForLoopOperation forLoop => forLoop.Condition is null || Unwrap(forLoop.Condition)!.ConstantValue is { HasValue: true, Value: true },
        IWhileLoopOperation whileLoop => whileLoop.Condition is null || Unwrap(whileLoop.Condition)!.ConstantValue is { HasValue: true, Value: true },
        _ => false,
    };

    /// <summary>
    /// The bound of an unconditioned loop's break guard, in <see cref="ConditionBound"/>'s reading of the condition the
    /// guard negates: <c>if (k &gt;= B) break;</c> (or <c>&gt;</c>, <c>==</c>) gives B, <c>if (B &lt;= k) break;</c> gives B.
    /// Only a guard that is the first or the last statement of the body, and the loop's only break, counts.
    /// </summary>
    private static IOperation? BreakGuardBound(IOperation loop)
    {
        if (!IsUnconditioned(loop) || loop is not ILoopOperation { Body: { } body } loopOperation)
        {
            return null;
        }

        var statements = body is IBlockOperation block ? block.Operations : ImmutableArrayOf(body);
        if (statements.Length == 0 || ExitCount(loopOperation) != 1)
        {
            return null;
        }

        foreach (var statement in new[] { statements[0], statements[statements.Length - 1] })
        {
            if (statement is IConditionalOperation { WhenFalse: null } guard && IsBreakOf(guard.WhenTrue, loopOperation)
                && Unwrap(guard.Condition) is IBinaryOperation condition)
            {
                return condition.OperatorKind switch
                {
                    BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.Equals => Unwrap(condition.RightOperand),
                    BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.LessThan => Unwrap(condition.LeftOperand),
                    _ => null,
                };
            }
        }

        return null;
    }

    private static System.Collections.Immutable.ImmutableArray<IOperation> ImmutableArrayOf(IOperation operation) =>
        System.Collections.Immutable.ImmutableArray.Create(operation);

    /// <summary>True when <paramref name="operation"/> is <c>break;</c> out of <paramref name="loop"/> (alone or in a block).</summary>
    private static bool IsBreakOf(IOperation operation, ILoopOperation loop) => operation switch
    {
        IBranchOperation { BranchKind: BranchKind.Break } branch => SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel),
        IBlockOperation { Operations.Length: 1 } block => IsBreakOf(block.Operations[0], loop),
        _ => false,
    };

    /// <summary>How many statements leave <paramref name="loop"/>: its breaks, returns, gotos, throws and yield breaks.</summary>
    private static int ExitCount(ILoopOperation loop) =>
        loop.Body.DescendantsAndSelf().Count(operation => operation switch
        {
            IBranchOperation { BranchKind: BranchKind.Break } branch => SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel),
            IBranchOperation { BranchKind: BranchKind.GoTo } => true,
            IReturnOperation or IThrowOperation => true,
            _ => false,
        });

    /// <summary>
    /// The buffer whose end ends an unconditioned loop with no exit: the loop sits in the body of a <c>try</c> catching
    /// <c>IndexOutOfRangeException</c> (or a base of it, or everything), and reads an array or span of
    /// <paramref name="root"/> (any buffer when null) at an index the loop steps. Null otherwise.
    /// </summary>
    private IOperation? ExceptionEndedBuffer(IOperation loop, ISymbol? root)
    {
        if (!IsUnconditioned(loop) || loop is not ILoopOperation loopOperation || ExitCount(loopOperation) != 0 || !IsInIndexCatchingTry(loop))
        {
            return null;
        }

        foreach (var read in loopOperation.Body.DescendantsAndSelf())
        {
            var (buffer, index) = read switch
            {
                IArrayElementReferenceOperation { Indices.Length: 1 } array => (array.ArrayReference, array.Indices[0]),
                IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { Type: { } type } instance, Arguments.Length: 1 } span
                    when type.Name is "Span" or "ReadOnlySpan" => (instance, span.Arguments[0].Value),
                _ => (null, null),
            };
            if (buffer is null || (root is not null && !SymbolEqualityComparer.Default.Equals(VariableOf(buffer), root)))
            {
                continue;
            }

            var stepped = Unwrap(index) switch
            {
                IIncrementOrDecrementOperation { IsPostfix: true, Kind: OperationKind.Increment, Target: var target } => VariableOf(target),
                var other => VariableOf(other),
            };
            if (stepped is not null && Induction(stepped, read) is { Loop: var induction, Step: var step } && induction == loop && step.Equals(Stride.One))
            {
                return buffer;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="operation"/> is inside the body of a <c>try</c> one of whose catches takes <c>IndexOutOfRangeException</c>.</summary>
    private bool IsInIndexCatchingTry(IOperation operation)
    {
        for (var current = operation; current?.Parent is { } parent && current != _root; current = parent)
        {
            if (parent is ITryOperation tryOperation && tryOperation.Body == current
                && tryOperation.Catches.Any(clause => clause.ExceptionType is { } caught
                    && (caught.SpecialType == SpecialType.System_Object
                        || caught.ToDisplayString() is "System.IndexOutOfRangeException" or "System.SystemException" or "System.Exception")))
            {
                return true;
            }
        }

        return false;
    }
}
