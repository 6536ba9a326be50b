using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Exps overwritten before a division reads them. A buffer's stored facts have no order (ReachingExps.cs): every exp
/// stored into <c>y</c> is what any <c>y[i]</c> holds. A helper <c>SoftmaxRange(x, y, from, count)</c> inlined for row
/// <c>a - 1</c> and then for row <c>a</c> stores both rows' exps into <c>y</c>, and row <c>a</c>'s division took row
/// <c>a - 1</c>'s exps and their maximum as its own (a false LG0004). But row <c>a</c>'s exp loop rewrites every element
/// its division loop then reads: a loop earlier in the same block, over the same range (same start, same condition, step
/// +1), storing into the same element unconditionally on every step. An exp whose every path to the division (and to
/// the site's sum folds) passes the start of that loop is overwritten before it is read, and is no exp of the site.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="exp"/>, stored only into elements of the buffer <paramref name="division"/> reads (and
    /// into <paramref name="sum"/>'s folds), is overwritten before that read by a loop that rewrites the division loop's
    /// whole range (see the type's summary), and reaches none of the sum's folds without passing that loop either.
    /// </summary>
    private bool IsOverwrittenBeforeDivision(IOperation exp, IOperation division, Reduction sum)
    {
        if (StoredElementTargets(exp, sum) is not { Count: > 0 } stored
            || stored.Select(ElementRootSyntax).Distinct().Count() != 1 || CoveringRewrite(division, stored[0]) is not { } rewriteStart)
        {
            return false;
        }

        var kills = new[] { rewriteStart };
        return !Flow.Reaches(exp, division, kills) && !sum.Folds.Any(fold => Flow.Reaches(exp, fold, kills));
    }

    /// <summary>
    /// The elements <paramref name="exp"/>'s value is stored into when that is all it leaves its statement as: assigned
    /// as it stands (<c>y[i] = exp(…)</c>, also inside a fold of <paramref name="sum"/> or added into a local,
    /// <c>s += y[i] = exp(…)</c>), or held in a local written once whose every read is such a store, inside a fold of the
    /// sum or added into a local (<c>float e = exp(…); y[i] = e; s += e;</c>). Null when the value may go anywhere else.
    /// </summary>
    private List<IOperation>? StoredElementTargets(IOperation exp, Reduction sum)
    {
        var value = UnwrapUp(exp);
        if (value.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } declarator }
            && WritesOf(local).Count == 1 && EnclosingBlock(declarator) is { } scope)
        {
            var targets = new List<IOperation>();
            foreach (var read in scope.Descendants().OfType<ILocalReferenceOperation>().Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local)))
            {
                if (sum.Folds.Any(fold => Contains(fold, read)) || IsAccumulated(UnwrapUp(read)))
                {
                    continue;
                }

                if (StoredTarget(UnwrapUp(read), sum) is not { } target)
                {
                    return null;
                }

                targets.Add(target);
            }

            return targets;
        }

        return StoredTarget(value, sum) is { } stored ? new List<IOperation> { stored } : null;
    }

    /// <summary>The element <paramref name="value"/> is assigned to, when the assignment is a statement or stands inside a fold of <paramref name="sum"/>; else null.</summary>
    private static IOperation? StoredTarget(IOperation value, Reduction sum) =>
        value.Parent is ISimpleAssignmentOperation assignment && assignment.Value == value && Unwrap(assignment.Target) is { } target && IsElementAccess(target)
        && (assignment.Parent is IExpressionStatementOperation || sum.Folds.Any(fold => Contains(fold, assignment)) || IsAccumulated(assignment))
            ? target
            : null;

    /// <summary>
    /// True when <paramref name="value"/> is added into a local accumulator (<c>s += e</c>, <c>s += y[i] = e</c>): that
    /// local is the site's sum (whose folds the flow check covers) or another call's sum, which this site does not read.
    /// </summary>
    private static bool IsAccumulated(IOperation value) =>
        value.Parent is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: ILocalReferenceOperation, Parent: IExpressionStatementOperation } accumulation
        && accumulation.Value == value;

    /// <summary>The innermost block around <paramref name="operation"/>.</summary>
    private static IBlockOperation? EnclosingBlock(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IBlockOperation block)
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>
    /// The start statement of a counted loop that rewrites, before <paramref name="division"/>'s loop, every element the
    /// division reads, in the element spelling <paramref name="stored"/> has (the same buffer): null when there is none.
    /// </summary>
    private IOperation? CoveringRewrite(IOperation division, IOperation stored)
    {
        if (DividedElement(division, stored) is not { } read || EnclosingLoop(division) is not { } readLoop
            || CountedWalk(readLoop) is not var (readStart, readVariable) || readLoop.Parent is not IBlockOperation block)
        {
            return null;
        }

        var at = block.Operations.IndexOf(readLoop);
        for (var index = at - 1; index >= 0; index--)
        {
            if (block.Operations[index] is not ILoopOperation loop || CountedWalk(loop) is not var (start, variable))
            {
                continue;
            }

            var between = block.Operations.Skip(index).Take(at - index + 1).ToList();
            if (SameRange(loop, start, variable, readLoop, readStart, readVariable)
                && RewrittenElements(loop, variable).FirstOrDefault(written => SameUpTo(written.Syntax, variable.Name, read.Syntax, readVariable.Name)) is { } written
                && !WritesRangeVariables(
                    new[] { StartValue(start).Value, CountedLoopParts(loop)?.Condition, written, StartValue(readStart).Value, CountedLoopParts(readLoop)?.Condition, read },
                    new ISymbol[] { variable, readVariable },
                    between))
            {
                // Where the loop starts in the flow graph: a for loop's declaration is lowered to its declarator.
                return start is IVariableDeclarationGroupOperation { Declarations: [{ Declarators: [var declarator] }] } ? declarator : start;
            }
        }

        return null;
    }

    /// <summary>The element the division reads that is spelled on the same buffer as <paramref name="stored"/> (<c>y[i]</c> of <c>y[i] /= s</c>, <c>y[i] * inv</c>).</summary>
    private static IOperation? DividedElement(IOperation division, IOperation stored)
    {
        var operands = division switch
        {
            ICompoundAssignmentOperation compound => new[] { compound.Target },
            IBinaryOperation binary => new[] { binary.LeftOperand, binary.RightOperand },
            _ => System.Array.Empty<IOperation>(),
        };
        var root = ElementRootSyntax(stored);
        return operands.Select(Unwrap).FirstOrDefault(operand => operand is not null && IsElementAccess(operand) && ElementRootSyntax(operand) == root);
    }

    /// <summary>The text of what an element access indexes (<c>y</c> of <c>y[i]</c>, <c>y[r]</c> of <c>y[r][c]</c>).</summary>
    private static string? ElementRootSyntax(IOperation element) => element.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ElementAccessExpressionSyntax access
        ? access.Expression.ToString()
        : null;

    /// <summary>The start statement and the local of a loop counted up by one (<c>for (int i = s; c; i++)</c>, <c>i = s; while (c) { …; i++; }</c>); null otherwise.</summary>
    private static (IOperation Start, ILocalSymbol Variable)? CountedWalk(IOperation loop) =>
        CountedLoopParts(loop) is var (start, step, condition) && condition is not null && StartValue(start) is (ILocalSymbol variable, not null)
            && UnitStep(step, variable) == 1
            ? (start, variable)
            : null;

    /// <summary>
    /// The elements <paramref name="loop"/> stores into on every step: assignments to elements that stand in its body
    /// outside any branch, nested loop or lambda, in a body that leaves the loop by no <c>break</c>, <c>continue</c>,
    /// <c>goto</c> or <c>return</c> and writes its variable only at its step; none otherwise.
    /// </summary>
    private IEnumerable<IOperation> RewrittenElements(IOperation loop, ILocalSymbol variable)
    {
        var body = ((ILoopOperation)loop).Body;
        if (body.DescendantsAndSelf().Any(operation => operation is IBranchOperation or IReturnOperation)
            || WritesOf(variable).Any(write => Contains(body, write.Operation) && !IsStep(write, variable)))
        {
            yield break;
        }

        foreach (var assignment in body.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
        {
            if (Unwrap(assignment.Target) is { } target && IsElementAccess(target) && IsUnconditionalIn(assignment, body))
            {
                yield return target;
            }
        }
    }

    /// <summary>True when only blocks, expression statements, assignments, conversions and parentheses stand between <paramref name="operation"/> and <paramref name="body"/>.</summary>
    private static bool IsUnconditionalIn(IOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current == body)
            {
                return true;
            }

            if (current is not (IBlockOperation or IExpressionStatementOperation or IAssignmentOperation or IConversionOperation or IParenthesizedOperation))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when two counted loops start at the same value and test the same condition, each in its own variable.</summary>
    private static bool SameRange(IOperation first, IOperation firstStart, ILocalSymbol firstVariable, IOperation second, IOperation secondStart, ILocalSymbol secondVariable) =>
        StartValue(firstStart).Value is { } firstValue && StartValue(secondStart).Value is { } secondValue
        && CountedLoopParts(first)?.Condition is { } firstCondition && CountedLoopParts(second)?.Condition is { } secondCondition
        && SameUpTo(firstValue.Syntax, firstVariable.Name, secondValue.Syntax, secondVariable.Name)
        && SameUpTo(firstCondition.Syntax, firstVariable.Name, secondCondition.Syntax, secondVariable.Name);

    /// <summary>The same tokens, <paramref name="firstName"/> in the first standing where <paramref name="secondName"/> stands in the second.</summary>
    private static bool SameUpTo(SyntaxNode first, string firstName, SyntaxNode second, string secondName)
    {
        var firstTokens = first.DescendantTokens().ToList();
        var secondTokens = second.DescendantTokens().ToList();
        if (firstTokens.Count != secondTokens.Count)
        {
            return false;
        }

        for (var index = 0; index < firstTokens.Count; index++)
        {
            var (a, b) = (firstTokens[index], secondTokens[index]);
            var aIsVariable = a.IsKind(SyntaxKind.IdentifierToken) && a.ValueText == firstName;
            var bIsVariable = b.IsKind(SyntaxKind.IdentifierToken) && b.ValueText == secondName;
            if (aIsVariable != bIsVariable || (!aIsVariable && a.ValueText != b.ValueText))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a statement of <paramref name="between"/> writes a local or parameter that <paramref name="ranges"/> read
    /// (other than the loops' own <paramref name="counters"/>): the range rewritten would not be the range read.
    /// </summary>
    private bool WritesRangeVariables(IEnumerable<IOperation?> ranges, ISymbol[] counters, List<IOperation> between)
    {
        var read = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var range in ranges)
        {
            foreach (var reference in range?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>())
            {
                if (reference is ILocalReferenceOperation or IParameterReferenceOperation && VariableOf(reference) is { } symbol && !counters.Contains(symbol, SymbolEqualityComparer.Default))
                {
                    read.Add(symbol);
                }
            }
        }

        return read.Any(symbol => WritesOf(symbol).Any(write => between.Any(statement => Contains(statement, write.Operation))));
    }
}
