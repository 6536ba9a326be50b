using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>What a softmax divides by: a sum of exps, or its reciprocal (<c>e * (1 / s)</c>).</summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<object, bool> _sumOfExpsCache = new();

    /// <summary>True when <paramref name="divisor"/> reads a sum of exps.</summary>
    private bool IsSumOfExps(IOperation? divisor)
    {
        if (divisor is null)
        {
            return false;
        }

        // Whether a variable is a sum of exps does not depend on where it is read: one answer per variable.
        object key = VariableOf(divisor) is { } variable ? variable : divisor;
        if (!_sumOfExpsCache.TryGetValue(key, out var known))
        {
            known = ReductionAt(divisor, divisor) is { Kind: ReductionKind.Sum } sum && sum.Elements.Exps.Count > 0;
            _sumOfExpsCache[key] = known;
        }

        return known;
    }

    /// <summary><c>1 / s</c> (or a local holding it) with <c>s</c> a sum of exps.</summary>
    private bool IsReciprocalOfSum(IOperation? operation) => ReciprocalDivisor(operation) is { } divisor && IsSumOfExps(divisor);

    /// <summary>A literal or constant (<c>1f</c>, <c>1.0</c>), or generic math's <c>T.One</c>.</summary>
    private static bool IsConstantNumerator(IOperation operation) =>
        Unwrap(operation) is { } numerator
        && (numerator.ConstantValue.HasValue || numerator is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "One" }, Instance: null });

    private IOperation? ReciprocalDivisor(IOperation? operation)
    {
        operation = Unwrap(operation);
        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide && IsConstantNumerator(divide.LeftOperand))
        {
            return divide.RightOperand;
        }

        // s = 1f / s; … e * s: the sum's variable is turned into its own reciprocal.
        if (VariableOf(operation) is ILocalSymbol reused
            && WritesOf(reused).Any(write => Unwrap(write.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } inverse
                && IsConstantNumerator(inverse.LeftOperand) && References(inverse.RightOperand, reused)))
        {
            return operation;
        }

        if (VariableOf(operation) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value
            && Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } definition && IsConstantNumerator(definition.LeftOperand))
        {
            return definition.RightOperand;
        }

        return null;
    }
}
