using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>e / (1 + e)</c> with <c>e = exp(v)</c> is the logistic written as a two-class softmax: the classes' logits are
/// <c>v</c> and <c>log 1 = 0</c>, and the denominator sums their exps. Like any softmax with no maximum subtracted it
/// overflows: <c>exp(v) = ∞</c> for v &gt; 88 in float (709 in double) and ∞ / ∞ is NaN. Such a quotient is a softmax
/// site over the written-out sum of its exps (the constant class adds no exp). <c>1 / (1 + exp(−v))</c> divides no exp
/// (1 / ∞ = 0, no NaN) and is no site; nor is <c>1 − 1 / (1 + e)</c>. The quotient stays a sigmoid for LG0005–LG0007
/// (its <c>p(1 − p)</c> is exact): <see cref="IsNormalisingSum"/> never sees this denominator.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IOperation, Reduction?> _logisticDenominators = new();

    /// <summary>
    /// The written-out sum of exps a logistic denominator adds to positive constants (<c>1 + e</c>, <c>e + 1f</c>,
    /// <c>T.One + e</c>, <c>1 + ea + eb</c>), read directly or through a local written once, with its exp terms; null
    /// for anything else (<c>e + x</c> adds a value that is no constant class).
    /// </summary>
    private (Reduction Sum, List<IOperation> Terms)? LogisticDenominator(IOperation divisor)
    {
        var value = Unwrap(divisor);
        if (VariableOf(value) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } written)
        {
            value = Unwrap(written);
        }

        if (value is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
        {
            return null;
        }

        if (!_logisticDenominators.TryGetValue(add, out var sum))
        {
            sum = ConstantPlusExps(add);
            _logisticDenominators[add] = sum;
        }

        return sum is not null && _explicitSums.TryGetValue(add, out var terms) ? (sum, terms) : null;
    }

    /// <summary>
    /// <c>c + e (+ …)</c>: one or more positive constants and one or more exp values that vary with the same loops;
    /// registered as a written-out sum of the exp terms.
    /// </summary>
    private Reduction? ConstantPlusExps(IBinaryOperation add)
    {
        var terms = Terms(add);
        var exps = terms.Where(term => !IsConstantClass(term)).ToList();
        if (exps.Count == 0 || exps.Count == terms.Count || exps.Count > MaxExplicitTerms)
        {
            return null;
        }

        if (exps.Any(term => !IsExpValue(term) || Eval(term) is { Exps.Count: 0 }) || exps.Skip(1).Any(term => !SameLoops(Eval(term), Eval(exps[0]))))
        {
            return null;
        }

        return ExplicitSum(add, exps);
    }

    /// <summary>A constant greater than 0 (<c>1</c>, <c>1f</c>, <c>1.0</c>), or generic math's <c>T.One</c>.</summary>
    private static bool IsConstantClass(IOperation term) =>
        IsPositiveConstant(term) || Unwrap(term) is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "One" }, Instance: null };
}
