using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Running offsets: an int array filled as a prefix sum of the slots' lengths (<c>offsets[r + 1] = offsets[r] +
/// logits.Length</c> in a loop) places each request's slot <c>[offsets[r], offsets[r + 1])</c> of a pooled buffer. Its last
/// entry (<c>offsets[^1]</c>, <c>offsets[offsets.Length - 1]</c>, <c>offsets[count]</c> of <c>new int[count + 1]</c>) is the
/// total of the slots' lengths, like <c>used = batch.Sum(r =&gt; r.Logits.Length)</c> (SlotTotals.cs): a prefix to it
/// covers every slot.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="value"/> reads the last entry of an array of running offsets.</summary>
    private bool IsLastRunningOffset(IOperation? value) =>
        Unwrap(value) is IArrayElementReferenceOperation { Indices.Length: 1 } entry
        && VariableOf(Unwrap(entry.ArrayReference)) is { } offsets
        && IsLastIndex(offsets, entry.Indices[0])
        && _elementWrites.Any(write => IsRunningOffsetWrite(offsets, write));

    /// <summary><c>^1</c>, <c>a.Length - 1</c>, or <c>n</c> when <paramref name="array"/> was created once as <c>new T[n + 1]</c>.</summary>
    private bool IsLastIndex(ISymbol array, IOperation index)
    {
        switch (Unwrap(index))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat:
                return IsConstant(hat.Operand, 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus when IsConstant(minus.RightOperand, 1)
                && Unwrap(minus.LeftOperand) is IPropertyReferenceOperation { Property.Name: "Length", Instance: { } lengthOf }
                && SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(lengthOf)), array):
                return true;
            case { } last:
                return WritesOf(array) is { Count: 1 } writes
                    && Unwrap(writes[0].Value) is IArrayCreationOperation { DimensionSizes.Length: 1 } creation
                    && Unwrap(creation.DimensionSizes[0]) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } plusOne
                    && IsConstant(plusOne.RightOperand, 1)
                    && SizeDefinition(plusOne.LeftOperand, 0) is { } count && SizeDefinition(last, 0) is { } read
                    && Canonical(count) == Canonical(read);
            default:
                return false;
        }
    }

    /// <summary>
    /// <c>offsets[k + 1] = offsets[k] + len</c> (either order of the terms) inside a loop: each entry the previous one
    /// plus an integer length.
    /// </summary>
    private bool IsRunningOffsetWrite(ISymbol offsets, ElementWrite write)
    {
        if (write.Operation is not ISimpleAssignmentOperation || EnclosingLoop(write.Operation) is null
            || Unwrap(write.Target) is not IArrayElementReferenceOperation { Indices.Length: 1 } target
            || !SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(target.ArrayReference)), offsets)
            || Unwrap(write.Value) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum || !IsIndexType(sum.Type))
        {
            return false;
        }

        var next = Canonical(target.Indices[0]);
        return IsPreviousEntry(offsets, sum.LeftOperand, next) || IsPreviousEntry(offsets, sum.RightOperand, next);
    }

    /// <summary>True when <paramref name="operand"/> reads <paramref name="offsets"/> one entry before <paramref name="next"/> (<c>offsets[k]</c> for <c>k+1</c>).</summary>
    private bool IsPreviousEntry(ISymbol offsets, IOperation operand, string next) =>
        Unwrap(operand) is IArrayElementReferenceOperation { Indices.Length: 1 } previous
        && SymbolEqualityComparer.Default.Equals(VariableOf(Unwrap(previous.ArrayReference)), offsets)
        && Canonical(previous.Indices[0]) + "+1" == next;
}
