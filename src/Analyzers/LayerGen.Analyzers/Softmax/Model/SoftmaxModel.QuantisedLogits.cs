using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Quantised logits. An element of an integral buffer (<c>sbyte[]</c>, <c>byte[,]</c>, <c>ReadOnlySpan&lt;sbyte&gt;</c>,
/// <c>int[]</c> accumulators) is a logit exactly when it is read as a number: converted to a floating type, combined
/// arithmetically with a floating value (<c>(q[i] - zp) * scale</c>, <c>scale * (q[b, k] - qMax)</c>, per-channel
/// <c>(q[b, k] - zp[k]) * s[k]</c>), or stored, returned or passed on as a value (the quantised-domain maximum
/// <c>top = q[b, k]</c>). Then the same readings apply as for a float buffer of the same layout, and the dequantisation
/// is judged as main judges <c>(x - b) * s</c> on float data. An integer element that only picks an element
/// (<c>x[idx[i]]</c>), decides a condition (<c>mask[i] != 0</c>, <c>labels[i] == c</c>) or divides (<c>sum / count[i]</c>,
/// a mean's count) is no logit: it holds no value that reaches an exp, a fold or a sum as a number.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many enclosing operations are climbed to decide how an integer element is used.</summary>
    private const int MaxNumberUseDepth = 12;

    /// <summary>
    /// True when the integer element read <paramref name="element"/> is used as a number: it reaches, through integer
    /// arithmetic and conversions only, a floating conversion or floating arithmetic, a value position (an assignment,
    /// an initialiser, a return, a compound accumulation), an ordering comparison of a fold or a numeric argument. False
    /// where it reaches an index, an equality test or another condition, a loop bound, or the divisor of a division first. Reads the syntax-shaped operation tree upward
    /// a bounded number of steps.
    /// </summary>
    private static bool IsReadAsNumber(IOperation element)
    {
        var current = element;
        for (var step = 0; step < MaxNumberUseDepth && current.Parent is { } parent; step++, current = parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                    if (IsFloatingType(parent.Type))
                    {
                        return true;
                    }

                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder } quotient when quotient.RightOperand == current:
                    // sum / count[i]: a count divides, it is no logit.
                    return false;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } arithmetic:
                    if (IsFloatingType(arithmetic.Type))
                    {
                        return true;
                    }

                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan
                    or BinaryOperatorKind.LessThanOrEqual } ordering:
                    // if (q[b, k] > top) top = q[b, k]: a fold compares the values it keeps; a loop bound (k < lengths[b]) counts.
                    return ordering.Parent is not ILoopOperation;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus }:
                    continue;
                case IConditionalOperation conditional when conditional.Condition != current:
                    continue;
                case ISimpleAssignmentOperation assignment:
                    return assignment.Value == current;
                case ICompoundAssignmentOperation compound:
                    return compound.Value == current && compound.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply;
                case IVariableInitializerOperation or IReturnOperation:
                    return true;
                case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call }:
                    // Math.Max(top, q[i]), a source helper Activation(q[i], scale, zp): a value; Slice(offsets[r]) an index.
                    return IsFloatingType(parameter.Type) || parameter.Type is ITypeParameterSymbol
                        || WellKnownSymbols.IsScalarMathFunction(call.TargetMethod) || call.TargetMethod.DeclaringSyntaxReferences.Length > 0;
                default:
                    // An index, a comparison, a bitwise mask, a loop bound, an increment: no number reaches a logit.
                    return false;
            }
        }

        return false;
    }

    /// <summary><c>float</c>, <c>double</c>, <c>Half</c> or <c>decimal</c>.</summary>
    private static bool IsFloatingType(ITypeSymbol? type) =>
        type is not null && (type.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal || type.Name == "Half");

    /// <summary>
    /// True when <paramref name="divisor"/> (under its conversion) is integer-typed: a count or a length, whose value
    /// divides and is never a logit of the quotient (<c>sum / n</c> for an <c>int n = counts[c]</c>).
    /// </summary>
    private static bool IsIntegerDivisor(IOperation divisor) =>
        Unwrap(divisor)?.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16
            or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
}
