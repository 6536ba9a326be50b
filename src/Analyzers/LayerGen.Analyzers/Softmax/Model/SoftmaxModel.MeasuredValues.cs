using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What a subtracted statistic is a reduction of, for the shift and extreme checks (Shifts.cs, ShiftForms.cs): a mean
/// kept in a local (<c>mean = sum / n</c>) is judged by the reduction its dividend is, so a mean of the logits is known
/// as a sum's, not as an extreme.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The dividend when <paramref name="value"/> is a local written once with a quotient (<c>mean = sum / n</c>: the
    /// sum); else <paramref name="value"/> itself.
    /// </summary>
    private IOperation MeasuredValue(IOperation value) =>
        VariableOf(value) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes
        && Unwrap(writes[0].Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } ratio
            ? ratio.LeftOperand
            : value;
}
