using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The total of the slots' lengths of a flat buffer that holds one slot per request at running offsets:
/// <c>used = batch.Sum(r =&gt; r.Logits.Length)</c>, <c>batch.Select(r =&gt; r.Logits.Length).Sum()</c>, or
/// <c>used = 0</c> then <c>used += r.Logits.Length</c> in a loop, or the last of the running offsets (<c>offsets[^1]</c>,
/// RunningOffsets.cs). A prefix <c>[0, used)</c> of the buffer
/// (<c>AsSpan(0, used)</c>, <c>Slice(0, used)</c>, <c>pool[..used]</c>, a walk to <c>used</c>) covers every slot written
/// at those offsets, whatever the buffer's allocated length (<c>ArrayPool.Rent</c> returns a longer array): it is the
/// whole batch, as <c>rows * cols</c> is for a rectangular one. A single slice's length (<c>used = logits.Length</c>)
/// is no total.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="bound"/> is the total of several slices' lengths: a local holding it, or the last of the
    /// running offsets (read directly or through a local).
    /// </summary>
    private bool IsSlotLengthTotal(IOperation? bound)
    {
        if (IsLastRunningOffset(bound))
        {
            // offsets[^1] of offsets[r + 1] = offsets[r] + len (RunningOffsets.cs).
            return true;
        }

        if (Unwrap(bound) is not ILocalReferenceOperation { Local: var local } read || InductionLoop(local, read) is not null)
        {
            return false;
        }

        var writes = WritesOf(local);
        if (writes.Count == 1)
        {
            return writes[0].Operation is IVariableDeclaratorOperation && (IsSumOfLengths(writes[0].Value) || IsLastRunningOffset(writes[0].Value));
        }

        // int used = 0; foreach (var r in batch) used += r.Logits.Length;
        return writes.Count >= 2
            && writes.Count(write => write.Operation is IVariableDeclaratorOperation) == 1
            && writes.All(write => write.Operation is IVariableDeclaratorOperation
                ? IsConstant(write.Value, 0)
                : write.Operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } && EnclosingLoop(write.Operation) is not null && IsLengthRead(write.Value));
    }

    /// <summary><c>batch.Sum(r =&gt; r.Logits.Length)</c> or <c>batch.Select(r =&gt; r.Logits.Length).Sum()</c>.</summary>
    private bool IsSumOfLengths(IOperation? value)
    {
        if (Unwrap(value) is not IInvocationOperation sum || !Symbols.IsEnumerable(sum.TargetMethod, "Sum"))
        {
            return false;
        }

        if (sum.Arguments.Length == 2)
        {
            return IsLengthSelector(sum.Arguments[1].Value);
        }

        return sum.Arguments.Length == 1 && Unwrap(sum.Arguments[0].Value) is IInvocationOperation { Arguments.Length: 2 } select
            && Symbols.IsEnumerable(select.TargetMethod, "Select") && IsLengthSelector(select.Arguments[1].Value);
    }

    /// <summary>A lambda <c>r =&gt; r.Logits.Length</c>: each element's slice length.</summary>
    private static bool IsLengthSelector(IOperation selector) =>
        Unwrap(selector) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Body.Operations: [IReturnOperation { ReturnedValue: { } returned }] } }
        && IsLengthRead(returned);

    private static bool IsLengthRead(IOperation? value) =>
        Unwrap(value) is IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength", Instance: not null };
}
