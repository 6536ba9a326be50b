using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Folds made in a temporary and copied back into the accumulator: the same reduction as a fold in place.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many temporaries a copy chain may pass through (<c>m = b; b = a; a = Max(m, v)</c> is two).</summary>
    private const int MaxCopiedTemporaries = 4;

    /// <summary>
    /// <c>m = mNew</c> (or <c>(m, s) = (mNew, sNew)</c>) where every write of the temporary <c>mNew</c> is a fold of
    /// <c>m</c> (<c>mNew = Math.Max(m, v)</c>), a copy of <c>m</c> itself (a swap: <c>(m, mNew) = (mNew, m)</c>) or a copy
    /// of another such temporary. The fold runs in the same loop as the copy, so <c>m</c> accumulates exactly as if it
    /// were written <c>m = Math.Max(m, v)</c>. <c>Definition</c> is the temporary's fold, where a diagnostic points.
    /// </summary>
    private (ReductionKind Kind, IOperation Value, IOperation Definition)? CopiedFold(ISymbol target, IOperation copy, IOperation value)
    {
        var loop = EnclosingLoop(copy);
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>();
        pending.Push(value);
        (ReductionKind Kind, IOperation Value, IOperation Definition)? found = null;
        while (pending.Count > 0)
        {
            if (VariableOf(pending.Pop()) is not ILocalSymbol temporary || SymbolEqualityComparer.Default.Equals(temporary, target))
            {
                return null;
            }

            if (!visited.Add(temporary))
            {
                continue;
            }

            if (visited.Count > MaxCopiedTemporaries)
            {
                return null;
            }

            foreach (var definition in WritesOf(temporary))
            {
                if (definition.Operation is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation or IDeconstructionAssignmentOperation)
                    || Unwrap(definition.Value) is not { } defined)
                {
                    return null;
                }

                if (SymbolEqualityComparer.Default.Equals(VariableOf(defined), target))
                {
                    // The accumulator copied out (a swap, a saved previous value): it folds nothing new.
                    continue;
                }

                if (FoldOf(target, defined) is { } fold)
                {
                    // Folded in another loop than the copy (or of another kind than an earlier fold): not one running fold.
                    if (EnclosingLoop(definition.Operation) != loop || (found is { } earlier && earlier.Kind != fold.Kind))
                    {
                        return null;
                    }

                    found ??= (fold.Kind, fold.Value, FoldStatement(definition.Operation));
                    continue;
                }

                if (VariableOf(defined) is ILocalSymbol)
                {
                    pending.Push(defined);
                    continue;
                }

                return null;
            }
        }

        return found;
    }
}
