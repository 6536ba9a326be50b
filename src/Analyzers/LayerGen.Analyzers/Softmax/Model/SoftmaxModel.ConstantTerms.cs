using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Terms of a normaliser that hold no data: a constant (<c>eps</c>, <c>1.0</c>) or an exp of one (<c>Math.Exp(0)</c>).</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True for a constant, or an exp of a constant: <c>s + 1e-9</c>, <c>1.0 + Σ exp(y)</c> (the inverse additive
    /// log-ratio's reference category) and <c>Math.Exp(0) + Σ exp(y)</c> are the sum with a constant term.
    /// </summary>
    private bool IsConstantTerm(IOperation? term) =>
        Unwrap(term) is { } value && (value.ConstantValue.HasValue || ExpOperand(value) is { } exponent && Unwrap(exponent) is { ConstantValue.HasValue: true });
}
