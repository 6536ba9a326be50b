using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A running maximum folded in a per-step temporary and copied back (<c>float mNew = MathF.Max(m, x); … m = mNew;</c>,
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
            || Unwrap(writes[0].Value) is not IInvocationOperation { Arguments.Length: 2 } call
            || !Symbols.IsScalarMax(call.TargetMethod))
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (VariableOf(Unwrap(argument.Value)) is not ILocalSymbol target || SymbolEqualityComparer.Default.Equals(target, temporary))
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

    /// <summary>True when <paramref name="read"/> reads <paramref name="max"/> or a per-step temporary copied back into it.</summary>
    private bool ReadsRunningMax(IOperation read, ISymbol max) =>
        References(read, max)
        || (read is ILocalReferenceOperation { Local: var local } && RunningMaxOfTemporary(local) is { } running && SymbolEqualityComparer.Default.Equals(running, max));
}
