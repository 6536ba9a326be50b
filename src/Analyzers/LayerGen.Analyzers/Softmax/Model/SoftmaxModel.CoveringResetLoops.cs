using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Keyed buffers reset by a loop: <c>for (int r = 0; r &lt; inner; r++) m[r] = -inf;</c> at the top of each outer slice,
/// before <c>m[r] = Max(m[r], x[(o * axis + a) * inner + r])</c>. The control-flow graph lets the reset loop run zero
/// times, so on its own it keeps the previous slice's values alive into the fold; but a loop that writes every element
/// the folds later key (the loop variable itself as the index, from 0 by +1 or down to 0 by −1, unconditionally, over
/// the folds' whole index range or the whole buffer) overwrites all of them exactly like <c>Array.Fill</c> does. Such a
/// loop counts as one reset, placed at its first condition test, which every path through the loop passes.
/// A loop one element short, with another step, from 1, under a guard, or writing another key is no such reset.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The positions (each a reset loop's condition) of the loops among <paramref name="plainWrites"/>' enclosing loops
    /// that overwrite every element of <paramref name="root"/> the folds in <paramref name="foldTargets"/> write.
    /// </summary>
    private List<IOperation> CoveringLoopResets(ISymbol root, IEnumerable<IOperation> plainWrites, IReadOnlyList<(IOperation Write, IOperation? Target)> foldTargets)
    {
        var resets = new List<IOperation>();
        if (foldTargets.Count == 0)
        {
            return resets;
        }

        foreach (var write in plainWrites)
        {
            if (CoveringResetLoop(root, write, foldTargets) is { } loop && LoopCondition(loop) is { } condition && !resets.Contains(condition))
            {
                resets.Add(condition);
            }
        }

        return resets;
    }

    /// <summary>
    /// The loop around <paramref name="write"/> (<c>b[v] = value</c>) that steps v over every index the folds key,
    /// writing <c>b[v]</c> at each step; null when the loop may skip an element or holds a fold of the buffer itself.
    /// </summary>
    private IOperation? CoveringResetLoop(ISymbol root, IOperation write, IReadOnlyList<(IOperation Write, IOperation? Target)> foldTargets)
    {
        if (write is not ISimpleAssignmentOperation { Parent: IExpressionStatementOperation statement } assignment
            || SingleIndex(assignment.Target) is not ILocalReferenceOperation { Local: var variable }
            || EnclosingLoop(write) is not ILoopOperation { Body: var body } loop
            || !IsUnconditionalStatementOf(statement, body) || HasEarlyExit(body)
            || CountedLoopParts(loop) is not var (start, step, _) || StartValue(start) is not ({ } counted, { } startValue)
            || !SymbolEqualityComparer.Default.Equals(counted, variable)
            || WritesOf(variable).Count(other => Contains(body, other.Operation)) > (loop is IWhileLoopOperation ? 1 : 0)
            || foldTargets.Any(fold => Contains(loop, fold.Write)))
        {
            return null;
        }

        // From 0 up by one, or from B - 1 down to 0: every index below the loop's extent.
        var countsUp = IsConstant(startValue, 0) && UnitStep(step, variable) == 1;
        if (!countsUp && CountDownBound(loop) is null)
        {
            return null;
        }

        if (IsWholeBufferLoop(loop, root))
        {
            return loop;
        }

        // Otherwise the extent of every fold's key loop: m[r] folded in for (r = 0; r < inner; r++) is reset by r < inner.
        var extent = LoopExtent(loop);
        return extent is not null && foldTargets.All(fold => FoldKeyExtent(fold.Target) == extent) ? loop : null;
    }

    /// <summary>The extent of the loop whose variable is the single index of a fold's element (<c>m[r]</c>); null otherwise.</summary>
    private string? FoldKeyExtent(IOperation? target) =>
        SingleIndex(target) is ILocalReferenceOperation { Local: var key } reference && InductionLoop(key, reference) is { } keyLoop ? LoopExtent(keyLoop) : null;

    /// <summary>True when <paramref name="statement"/> is a loop's whole body or a top-level statement of its block (never under an <c>if</c>).</summary>
    private static bool IsUnconditionalStatementOf(IOperation statement, IOperation body) =>
        statement == body || body is IBlockOperation && statement.Parent == body;

    /// <summary>The one index of <c>b[i]</c> (array or indexer), unwrapped; null for any other reference.</summary>
    private static IOperation? SingleIndex(IOperation? reference) => Unwrap(reference) switch
    {
        IArrayElementReferenceOperation { Indices.Length: 1 } element => Unwrap(element.Indices[0]),
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => Unwrap(indexer.Arguments[0].Value),
        _ => null,
    };

    /// <summary>True when a loop body can leave an iteration early (<c>break</c>, <c>continue</c>, <c>return</c>, <c>goto</c>, <c>throw</c>).</summary>
    private static bool HasEarlyExit(IOperation body) =>
        body.DescendantsAndSelf().Any(operation => operation is IBranchOperation or IReturnOperation or IThrowOperation);

    /// <summary>The condition a <c>for</c> or <c>while</c> loop tests before every iteration, the first one included.</summary>
    private static IOperation? LoopCondition(IOperation loop) => loop switch
    {
        IForLoopOperation forLoop => forLoop.Condition,
        IWhileLoopOperation { ConditionIsTop: true } whileLoop => whileLoop.Condition,
        _ => null,
    };
}
