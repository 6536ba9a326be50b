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
        if (VariableOf(operation) is ILocalSymbol reused && IsTurnedIntoReciprocal(reused))
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

    /// <summary>
    /// True when some write of <paramref name="local"/> is <c>local = c / local</c>. Asked for every product's operands:
    /// memoised per local once the writes are collected (a long method writes one accumulator thousands of times).
    /// </summary>
    private bool IsTurnedIntoReciprocal(ILocalSymbol local)
    {
        if (_writesCollected && _turnedIntoReciprocal.TryGetValue(local, out var known))
        {
            return known;
        }

        known = WritesOf(local).Any(write => Unwrap(write.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } inverse
            && IsConstantNumerator(inverse.LeftOperand) && References(inverse.RightOperand, local));
        if (_writesCollected)
        {
            _turnedIntoReciprocal[local] = known;
        }

        return known;
    }

    private readonly Dictionary<ILocalSymbol, bool> _turnedIntoReciprocal = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The sum <c>s</c> of a scaled reciprocal <c>c / s</c> (or a local assigned it once) whose scale reads no exp:
    /// Sinkhorn's row scaling <c>u = a[i] / Σ_j K[i, j] v[j]</c>, so that <c>u * K[i, j] * v[j]</c> is row i of
    /// <c>a[i] · softmax_j</c>. Only softmax sites use it; the scaled value is no probability (its row sums to c).
    /// </summary>
    private IOperation? ScaledReciprocalDivisor(IOperation? operation)
    {
        operation = Unwrap(operation);
        if (VariableOf(operation) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value)
        {
            operation = Unwrap(value);
        }

        return operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } ratio && Eval(ratio.LeftOperand).Exps.Count == 0
            ? ratio.RightOperand
            : null;
    }
}
