using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Strided loops bounded by the whole flat buffer: <c>for (p = i; p &lt; x.Length; p += inner)</c> does not walk one
/// <c>[axis]</c> fibre of an <c>[outer, axis, inner]</c> buffer, it walks position <c>i</c> of every outer block too
/// (<see cref="DimensionAtom.StridesFrom"/>). A strided loop bounded by a fibre's end
/// (<c>p &lt; first + axis * inner</c>, <c>a &lt; axis</c>), or a row loop bounded by a product (<c>b * classes &lt; n</c>), stays one stride.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The "this stride and every coarser one" atom when <paramref name="loop"/> steps by a non-unit stride to the end of the whole buffer; else null.</summary>
    private DimensionAtom? StridedWholeWalk(BufferView view, IOperation loop, Stride stride)
    {
        if (stride.Equals(Stride.One) || stride.Equals(Stride.Unknown) || stride.Text == "?" || view.FlatOffset is not null || view.Root is null
            || loop is not (IForLoopOperation or IWhileLoopOperation) || CountDownBound(loop) is not null)
        {
            return null;
        }

        var test = loop switch
        {
            IForLoopOperation forLoop => forLoop.Condition,
            IWhileLoopOperation whileLoop => whileLoop.Condition,
            _ => null,
        };
        // p < x.Length, or the same written x.Length > p.
        var (walkedOperand, boundOperand) = Unwrap(test) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.NotEquals } less => (less.LeftOperand, less.RightOperand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } greater => (greater.RightOperand, greater.LeftOperand),
            _ => (null, null),
        };
        if (walkedOperand is null || boundOperand is null)
        {
            return null;
        }

        // The walked variable itself runs to the end (p < x.Length), stepping by the stride the index gives it.
        var walked = Unwrap(walkedOperand);
        if (walked is not ILocalReferenceOperation { Local: var variable } || Induction(variable, walked) is not { } induction
            || induction.Loop != loop || !induction.Step.Equals(stride))
        {
            return null;
        }

        return IsWholeLength(Unwrap(boundOperand), view.Root, depth: 0) ? DimensionAtom.StridesFrom(view.Root, stride.Text) : null;
    }

    /// <summary>
    /// <c>x.Length</c> (<c>Count</c>, <c>LongLength</c>) of the buffer itself, or a product of sizes that reads no loop
    /// variable (<c>outer * axis * inner</c>), directly or through a local assigned once.
    /// </summary>
    private bool IsWholeLength(IOperation? bound, ISymbol root, int depth)
    {
        switch (bound)
        {
            case IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength", Instance: { } instance }:
                return EvalView(instance) is { FlatOffset: null, Root: { } buffer } && SymbolEqualityComparer.Default.Equals(buffer, root);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                return IsSize(product.LeftOperand, depth) && IsSize(product.RightOperand, depth);
            case ILocalReferenceOperation local when depth < MaxAliasDepth && InductionLoop(local.Local, local) is null
                && WritesOf(local.Local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value:
                return IsWholeLength(Unwrap(value), root, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>A size: a parameter, a local assigned once from sizes, a constant, or a product of sizes; never a loop variable.</summary>
    private bool IsSize(IOperation operand, int depth)
    {
        var value = Unwrap(operand);
        switch (value)
        {
            case { ConstantValue.HasValue: true }:
                return true;
            case IParameterReferenceOperation parameter:
                return InductionLoop(parameter.Parameter, parameter) is null && WritesOf(parameter.Parameter).Count == 0;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                return IsSize(product.LeftOperand, depth) && IsSize(product.RightOperand, depth);
            case IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength" }:
                return true;
            case IInvocationOperation { TargetMethod.Name: "GetLength" }:
                return true;
            case ILocalReferenceOperation local when depth < MaxAliasDepth && InductionLoop(local.Local, local) is null
                && WritesOf(local.Local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } assigned:
                return IsSize(assigned, depth + 1);
            default:
                return false;
        }
    }
}
