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
    /// The writes that give a buffer variable a fresh array (<c>s = new float[inner]</c>), per variable. A variable's
    /// writes do not change while the model is built, so unlike the reduction scans (cleared whenever the dimension
    /// classes change) this memo is kept: every scan of a keyed buffer asks it, and re-reading all the variable's
    /// writes each time made a long method's cost grow faster than linearly (AnalyzerCostScalingTests).
    /// </summary>
    private List<IOperation> ReallocationResets(ISymbol target)
    {
        if (!_reallocationResets.TryGetValue(target, out var resets))
        {
            resets = WritesOf(target).Where(write => Unwrap(write.Value) is IArrayCreationOperation).Select(write => write.Operation).ToList();
            _reallocationResets[target] = resets;
        }

        return resets;
    }

    private readonly Dictionary<ISymbol, List<IOperation>> _reallocationResets = new(SymbolEqualityComparer.Default);

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
        if (UnitStepResetLoop(write) is not { } loop || foldTargets.Any(fold => Contains(loop, fold.Write))
            || !foldTargets.All(fold => SameRowPart(((IAssignmentOperation)write).Target, fold.Target)))
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

    /// <summary>
    /// The loop that writes <c>b[v] = value</c> (<paramref name="write"/>) unconditionally at every v from 0 up by one
    /// or from B − 1 down to 0, v written by the loop's header only; null for any other write. The answer depends on
    /// the operation tree alone, so it is kept for the model's life: every scan of a keyed buffer asks it of each plain
    /// write, and scans are recomputed whenever the dimension classes change (AnalyzerCostScalingTests "blocks").
    /// </summary>
    private IOperation? UnitStepResetLoop(IOperation write)
    {
        if (_unitStepResetLoops.TryGetValue(write, out var known))
        {
            return known;
        }

        IOperation? found = null;
        if (write is ISimpleAssignmentOperation { Parent: IExpressionStatementOperation statement } assignment
            && SingleIndex(assignment.Target) is ILocalReferenceOperation { Local: var variable }
            && EnclosingLoop(write) is ILoopOperation { Body: var body } loop
            && IsUnconditionalStatementOf(statement, body) && !HasEarlyExit(body)
            && CountedLoopParts(loop) is var (start, step, _) && StartValue(start) is ({ } counted, { } startValue)
            && SymbolEqualityComparer.Default.Equals(counted, variable)
            && WritesOf(variable).Count(other => Contains(body, other.Operation)) <= (loop is IWhileLoopOperation ? 1 : 0)
            && ((IsConstant(startValue, 0) && UnitStep(step, variable) == 1) || CountDownBound(loop) is not null))
        {
            found = loop;
        }

        _unitStepResetLoops[write] = found;
        return found;
    }

    private readonly Dictionary<IOperation, IOperation?> _unitStepResetLoops = new();

    /// <summary>The extent of the loop whose variable is the single index of a fold's element (<c>m[r]</c>); null otherwise.</summary>
    private string? FoldKeyExtent(IOperation? target) =>
        SingleIndex(target) is ILocalReferenceOperation { Local: var key } reference && InductionLoop(key, reference) is { } keyLoop ? LoopExtent(keyLoop) : null;

    /// <summary>True when <paramref name="statement"/> is a loop's whole body or a top-level statement of its block (never under an <c>if</c>).</summary>
    private static bool IsUnconditionalStatementOf(IOperation statement, IOperation body) =>
        statement == body || body is IBlockOperation && statement.Parent == body;

    /// <summary>
    /// False when the reset and the fold write provably different rows of a jagged buffer: a constant row the other
    /// does not share (<c>m[0][r] = -inf</c> resets row 0, folds into <c>m[o][r]</c> or <c>m[1][r]</c> keep their rows
    /// alive). Any other pair counts as the same row: the same buffer written another way (<c>this.max[r]</c> and
    /// <c>max[r]</c>, a span alias of it, <c>m[o]</c> and <c>m[o]</c>) must not lose its reset — that made false reports.
    /// </summary>
    private static bool SameRowPart(IOperation? reset, IOperation? fold)
    {
        if (RowPart(reset) is not IArrayElementReferenceOperation { Indices.Length: 1 } resetRow
            || RowPart(fold) is not IArrayElementReferenceOperation { Indices.Length: 1 } foldRow)
        {
            return true;
        }

        var resetIndex = Unwrap(resetRow.Indices[0])!.ConstantValue;
        var foldIndex = Unwrap(foldRow.Indices[0])!.ConstantValue;
        return resetIndex.HasValue && foldIndex.HasValue ? Equals(resetIndex.Value, foldIndex.Value)
            : !resetIndex.HasValue && !foldIndex.HasValue;
    }

    /// <summary>What <c>b[i]</c> indexes (<c>b</c>: the array or the indexer's instance), unwrapped; null for any other reference.</summary>
    private static IOperation? RowPart(IOperation? reference) => Unwrap(reference) switch
    {
        IArrayElementReferenceOperation { Indices.Length: 1 } element => Unwrap(element.ArrayReference),
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => Unwrap(indexer.Instance),
        _ => null,
    };

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
