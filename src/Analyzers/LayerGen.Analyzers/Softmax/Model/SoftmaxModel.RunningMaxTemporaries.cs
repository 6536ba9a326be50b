using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A running maximum folded in a per-step temporary and copied back (<c>float mNew = MathF.Max(m, x); … m = mNew;</c>,
/// or <c>x &gt; m ? x : m</c>,
/// the online softmax and flash attention's usual spelling): the fold is <c>m</c>'s (<see cref="CopiedFold"/>), and an
/// exp reading <c>mNew</c> reads <c>m</c> just after this step's fold, as <c>exp(x - m)</c> does after an in-place
/// <c>m = MathF.Max(m, x)</c>. So the exps are shifted by the running max, and its rescales are checked.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The running maximum <paramref name="temporary"/> stands for: <paramref name="temporary"/> is written once, as a
    /// max fold of a local <c>m</c> (<c>MathF.Max(m, x)</c>), inside the loop where <c>m = temporary</c> copies it back
    /// and where that copy is <c>m</c>'s max fold. Null for any other local.
    /// </summary>
    private ILocalSymbol? RunningMaxOfTemporary(ILocalSymbol temporary) => RunningMaxStep(temporary)?.Max;

    /// <summary>
    /// The running maximum <paramref name="temporary"/> stands for (<see cref="RunningMaxOfTemporary"/>) and the write
    /// that copies it back (<c>m = temporary</c>, <c>m</c>'s fold of this step): a read of the temporary sees <c>m</c>
    /// as it is just after that write, this step's element included, wherever the read sits in the step.
    /// </summary>
    private (ILocalSymbol Max, IOperation CopyBack)? RunningMaxStep(ILocalSymbol temporary)
    {
        if (WritesOf(temporary) is not { Count: 1 } writes
            || writes[0].Operation is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation)
            || MaxOperands(Unwrap(writes[0].Value)) is not { } operands)
        {
            return null;
        }

        foreach (var operand in operands)
        {
            if (VariableOf(Unwrap(operand)) is not ILocalSymbol target || SymbolEqualityComparer.Default.Equals(target, temporary))
            {
                continue;
            }

            foreach (var write in WritesOf(target))
            {
                if (write.Operation is ISimpleAssignmentOperation
                    && SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(write.Value)), temporary)
                    && EnclosingLoop(write.Operation) is { } loop && EnclosingLoop(writes[0].Operation) == loop
                    && Accumulation(target, write.Operation, write.Value) is { Kind: ReductionKind.Max })
                {
                    return (target, write.Operation);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The two candidates of a max written as a call (<c>MathF.Max(m, s)</c>) or a ternary (<c>s &gt; m ? s : m</c>);
    /// null for anything else. Whether it keeps the larger of a local <c>m</c> is checked by the copy-back's fold.
    /// </summary>
    private IOperation[]? MaxOperands(IOperation? value) => value switch
    {
        IInvocationOperation { Arguments.Length: 2 } call when Symbols.IsScalarMax(call.TargetMethod) => new[] { call.Arguments[0].Value, call.Arguments[1].Value },
        IConditionalOperation { Condition: IBinaryOperation, WhenFalse: { } whenFalse } ternary => new[] { ternary.WhenTrue, whenFalse },
        _ => null,
    };

    /// <summary>
    /// True for <c>m - mNew</c> with <c>mNew</c> the running maximum of this step (<see cref="RunningMaxStep"/>: a max fold
    /// of <c>m</c> copied back by <c>m = mNew</c>) and <c>m</c> read before that copy-back, so as the previous step's
    /// maximum: the rescale exponent of the online softmax (<c>scale = exp(m - mNew)</c>). Invariant: <c>mNew = max(m, s)
    /// ≥ m</c>, so <c>m - mNew ≤ 0</c> (and −∞ at the first step), exactly as <c>mOld - m</c> after the in-place fold
    /// <c>mOld = m; m = MathF.Max(m, s)</c>: a difference shifted by the running max, never a raw logit. A read of
    /// <c>m</c> after the copy-back is <c>mNew</c> itself (exponent 0, no rescale) and is not this.
    /// </summary>
    private bool IsRescaleToStepMax(IBinaryOperation subtract)
    {
        // Cheap syntax-level filters first: this is asked for every subtraction evaluated.
        if (Unwrap(subtract.LeftOperand) is not ILocalReferenceOperation { Local: var previous }
            || Unwrap(subtract.RightOperand) is not ILocalReferenceOperation { Local: var temporary }
            || SymbolEqualityComparer.Default.Equals(previous, temporary)
            || RunningMaxStep(temporary) is not { } step
            || !SymbolEqualityComparer.Default.Equals(step.Max, previous))
        {
            return false;
        }

        return EnclosingLoop(subtract) is { } loop && EnclosingLoop(step.CopyBack) == loop
            && subtract.Syntax.SyntaxTree == step.CopyBack.Syntax.SyntaxTree && subtract.Syntax.SpanStart < step.CopyBack.Syntax.SpanStart;
    }

    /// <summary>True when <paramref name="read"/> reads <paramref name="max"/> or a per-step temporary copied back into it.</summary>
    private bool ReadsRunningMax(IOperation read, ISymbol max) =>
        References(read, max)
        || (read is ILocalReferenceOperation { Local: var local } && RunningMaxOfTemporary(local) is { } running && SymbolEqualityComparer.Default.Equals(running, max));
}
