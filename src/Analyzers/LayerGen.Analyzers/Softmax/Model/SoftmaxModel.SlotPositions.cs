using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether an element read takes one fixed slot of its buffer for every iteration (FixedSlotReciprocals.cs). A view's
/// index is relative to its start: <c>u.AsSpan(i, 1)[0]</c>, <c>u.AsSpan(i)[0]</c>, <c>new Span&lt;T&gt;(u, i, 1)[0]</c>,
/// <c>u.AsMemory(i, 1).Span[0]</c>, <c>new ArraySegment&lt;T&gt;(u, i, 1)[0]</c> read <c>u[i]</c>, the row's own slot,
/// while <c>u.AsSpan(0, 1)[0]</c> reads <c>u[0]</c>. A slot is fixed when the view starts at a constant offset and every
/// index is loop invariant: a constant, <c>^1</c>, <c>n - 1</c> or <c>u.Length - 1</c> with <c>n</c> a local written
/// once with such a value or a parameter of the method; not a slot computed from a loop (<c>u[n - 1 - r]</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="operation"/> (<c>u[0]</c>, <c>u[n - 1]</c>, <c>u[^1]</c>, <c>u.AsSpan(0, 1)[0]</c>) reads
    /// one element of its buffer whatever loop it sits in: its view starts at a fixed element and its indices are fixed.
    /// </summary>
    private bool ReadsFixedSlot(IOperation? operation)
    {
        IOperation? instance;
        IReadOnlyList<IOperation> indices;
        switch (Unwrap(operation))
        {
            case IArrayElementReferenceOperation element:
                instance = element.ArrayReference;
                indices = element.Indices;
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } owner } indexer:
                instance = owner;
                indices = indexer.Arguments.Select(argument => argument.Value).ToList();
                break;
            default:
                return false;
        }

        return indices.Count > 0 && indices.All(index => IsFixedSlotIndex(index, depth: 0)) && StartsAtFixedSlot(instance);
    }

    /// <summary>
    /// True when <paramref name="instance"/> is a buffer (or a jagged row, or a slice) picked by no loop and starting at a
    /// constant offset: <c>u</c>, <c>u[0]</c> of a jagged <c>u</c>, <c>u.AsSpan(0, 1)</c>; not <c>u.AsSpan(i, 1)</c>.
    /// </summary>
    private bool StartsAtFixedSlot(IOperation instance) =>
        EvalView(instance) is { } view && view.FixedDims.IsEmpty
        && (view.FlatOffset is null || view.FlatOffset is { IsLoopFree: true, Constant.Text: var offset } && int.TryParse(offset, out _));

    /// <summary>
    /// True when <paramref name="index"/> names the same slot in every iteration: a constant, <c>^k</c>, arithmetic over
    /// such values, <c>Length</c> / <c>Count</c> / <c>GetLength(d)</c> of a buffer no loop reassigns, a parameter of the
    /// method (not of a lambda or local function) never written, or a local written once with such a value.
    /// </summary>
    private bool IsFixedSlotIndex(IOperation? index, int depth)
    {
        index = Unwrap(index);
        if (index is null || depth > 8)
        {
            return false;
        }

        if (index.ConstantValue.HasValue)
        {
            return true;
        }

        return index switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat or UnaryOperatorKind.Minus or UnaryOperatorKind.Plus, Operand: var operand } => IsFixedSlotIndex(operand, depth + 1),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } binary =>
                IsFixedSlotIndex(binary.LeftOperand, depth + 1) && IsFixedSlotIndex(binary.RightOperand, depth + 1),
            IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } sized } => IsFixedBuffer(sized),
            IInvocationOperation { TargetMethod.Name: "GetLength", Instance: { } sized, Arguments: [{ Value.ConstantValue.HasValue: true }] } => IsFixedBuffer(sized),
            ILocalReferenceOperation or IParameterReferenceOperation => IsFixedVariable(index, depth + 1),
            _ => false,
        };
    }

    /// <summary>
    /// A parameter of the analysed method (not of a lambda or local function: those change with each call) never written,
    /// or a local (no foreach variable) written once, by a declarator or assignment of a fixed value (a slot toggled
    /// between two constants, <c>cur = 0</c> … <c>cur = 1</c>, moves).
    /// </summary>
    private bool IsFixedVariable(IOperation reference, int depth)
    {
        switch (Unwrap(reference))
        {
            case IParameterReferenceOperation { Parameter: var parameter }:
                return parameter is { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { MethodKind: not (MethodKind.LambdaMethod or MethodKind.LocalFunction or MethodKind.AnonymousFunction) } }
                    && WritesOf(parameter).Count == 0;
            case ILocalReferenceOperation { Local: var local } when local.RefKind == RefKind.None && ForEachOf(local) is null:
                var writes = WritesOf(local);
                return writes is [{ Operation: IVariableDeclaratorOperation or ISimpleAssignmentOperation, Value: var value }] && IsFixedSlotIndex(value, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// A buffer whose size is one for every iteration: a parameter of the analysed method, or a local (no foreach
    /// variable) no write of which sits in a loop.
    /// </summary>
    private bool IsFixedBuffer(IOperation reference) =>
        Unwrap(reference) switch
        {
            IParameterReferenceOperation => IsFixedVariable(reference, depth: 0),
            ILocalReferenceOperation { Local: var local } => ForEachOf(local) is null && WritesOf(local) is { Count: > 0 } writes
                && writes.All(write => EnclosingLoop(write.Operation) is null),
            _ => false,
        };
}
