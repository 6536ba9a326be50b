using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A difference negated is the reversed difference: <c>-(m - v)</c>, <c>-1 * (m - v)</c>, <c>(m - v) * -0.5</c> and
/// <c>(m - v) / -2</c> are read as <c>v - m</c> (scaled by a positive constant), so <c>Math.Exp(-(m - v) * invT)</c> is
/// shifted by <c>m</c> exactly as <c>Math.Exp((v - m) * invT)</c> is: by a slice's max it is silent, by a batch-wide
/// peak it is LG0001, by a mean, a constant or a minimum it is LG0003. Only built-in arithmetic on numbers is read
/// (a user type's operators may mean anything).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The difference <paramref name="operation"/> negates: <c>m - v</c> of <c>-(m - v)</c>, of a product with a negative
    /// constant (<c>-1 * (m - v)</c>, <c>(m - v) * -0.5</c>) or of a quotient by one (<c>(m - v) / -2</c>); else null.
    /// </summary>
    private static IBinaryOperation? NegatedDifference(IOperation operation)
    {
        var negated = operation switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, OperatorMethod: null } negation => negation.Operand,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } product when ConstantOf(product.LeftOperand) is < 0 => product.RightOperand,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } product when ConstantOf(product.RightOperand) is < 0 => product.LeftOperand,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, OperatorMethod: null } quotient when ConstantOf(quotient.RightOperand) is < 0 => quotient.LeftOperand,
            _ => null,
        };

        // A constant (-(2 - 1)) is folded already, and a difference with a constant operand is a constant only when both are.
        return !operation.ConstantValue.HasValue && Unwrap(negated) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, OperatorMethod: null } difference
            ? difference
            : null;
    }
}
