using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Element folds overwritten before they are read (reaching definitions, not tree order). A buffer folded element by
/// element (<c>lin[k] += w[f] * x[f][k]</c>, a dot product per sample) and then replaced in place
/// (<c>lin[i] = Math.Exp(lin[i])</c>, or <c>lin[i] = next[i]</c>) no longer holds the fold where every path from the
/// fold to a read passes the replacement: there, the read is no sum. A replacement is a plain write of the element
/// that is no rescaling of it: its value does not read the element (a copy, a reset), or is an exp of it (exp of a sum
/// is a product). Reciprocals, logs, clamps and scalings of the element (<c>s[i] = 1 / s[i]</c>) keep the fold.
/// It blocks a path where it writes the very element read (the same iteration), or, as a whole loop
/// <c>for (i = 0; i &lt; lin.Length; i++) lin[i] = …</c> that runs unconditionally over the buffer's full extent and
/// holds neither the fold nor the read, at the loop's condition: every path through the loop passes it.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// For a read of an element of <paramref name="root"/>: which of the scan's accumulations reach it (by index), or
    /// null when all of them do (the common case: no element of the buffer is replaced after a fold).
    /// </summary>
    private bool[]? ReachingAccumulations(ReductionScan scan, ISymbol root, IOperation read)
    {
        // Cheap checks first, and the buffer's replacements once per buffer: every element read asks (cost stays linear).
        if (scan.Accumulations.Count == 0)
        {
            return null;
        }

        if (!_elementReplacements.TryGetValue(root, out var replacements))
        {
            replacements = ElementWritesInto(root).Where(write => ReplacesElement(root, write)).ToList();
            _elementReplacements[root] = replacements;
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var reaching = new bool[scan.Accumulations.Count];
        var all = true;
        for (var index = 0; index < reaching.Length; index++)
        {
            var fold = scan.Accumulations[index].Write;
            var kills = new List<IOperation>();
            foreach (var write in replacements)
            {
                // The very element read, written in the same iteration (the index variables are the same only there).
                if ((SameValue(write.Target, read) || SameElement(write.Target, read)) && (EnclosingLoop(write.Operation) is not { } body || Contains(body, read)))
                {
                    kills.Add(write.Operation);
                }

                if (FullExtentOverwrite(root, write) is { Condition: { } condition } loop && !Contains(loop, fold) && !Contains(loop, read))
                {
                    kills.Add(condition);
                }
            }

            reaching[index] = kills.Count == 0 || Flow.Reaches(fold, read, kills);
            all &= reaching[index];
        }

        return all ? null : reaching;
    }

    /// <summary>Each buffer's element writes that replace the element (<see cref="ReplacesElement"/>), in order; a lookup cache.</summary>
    private readonly Dictionary<ISymbol, List<ElementWrite>> _elementReplacements = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// True for a plain write of an element of <paramref name="root"/> that is no fold and no rescaling of the element:
    /// its value does not read the written element, or is an exp call whose argument does.
    /// </summary>
    private bool ReplacesElement(ISymbol root, ElementWrite write)
    {
        if (write.Operation is not ISimpleAssignmentOperation || write.Value is not { } value || Accumulation(root, write.Operation, value) is not null)
        {
            return false;
        }

        var readsElement = value.DescendantsAndSelf().Any(node => node != write.Target && IsElementAccess(node) && (SameValue(node, write.Target) || SameElement(node, write.Target)));
        return !readsElement || ExpOperand(Unwrap(value)) is not null;
    }

    /// <summary>
    /// The <c>for</c> loop whose body writes <paramref name="write"/> once per index over the whole buffer: the index is
    /// the loop's variable, counted from 0 by 1 to the buffer's <c>Length</c> (or the size it was created with), the
    /// write is a statement of the body itself (not under a branch or an inner loop), and the body leaves no iteration
    /// early (no break, continue, goto, return or throw). Null otherwise.
    /// </summary>
    private IForLoopOperation? FullExtentOverwrite(ISymbol root, ElementWrite write)
    {
        if (Unwrap(write.Target) is not IArrayElementReferenceOperation { Indices.Length: 1 } element
            || EnclosingLoop(write.Operation) is not IForLoopOperation loop
            || VariableOf(element.Indices[0]) is not ILocalSymbol index || InductionLoop(index, element.Indices[0]) != loop
            || Induction(index, element.Indices[0]) is not { Step: var step } || step.Text != "1"
            || !StartsAtZero(loop, index)
            || ConditionBound(loop) is not { } bound || !(IsWholeLength(bound, root, depth: 0) || IsCreatedSize(root, bound)))
        {
            return null;
        }

        var statement = write.Operation.Parent as IExpressionStatementOperation;
        var body = loop.Body is IBlockOperation block ? block.Operations : ImmutableArray.Create(loop.Body);
        if (statement is null || !body.Contains(statement))
        {
            return null;
        }

        return loop.Body.DescendantsAndSelf().Any(node => node is IBranchOperation or IReturnOperation or IThrowOperation) ? null : loop;
    }

    /// <summary>True when <paramref name="loop"/> declares <paramref name="index"/> starting at the constant 0.</summary>
    private static bool StartsAtZero(IForLoopOperation loop, ILocalSymbol index) =>
        loop.Before.SelectMany(before => before.DescendantsAndSelf()).OfType<IVariableDeclaratorOperation>()
            .Any(declarator => SymbolEqualityComparer.Default.Equals(declarator.Symbol, index)
                && Unwrap(declarator.Initializer?.Value) is { ConstantValue: { HasValue: true, Value: 0 } });
}
