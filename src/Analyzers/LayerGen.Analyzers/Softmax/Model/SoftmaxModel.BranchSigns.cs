using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An exponent whose sign a branch proves: the branch-stable logistic takes <c>exp(v)</c> only in the else branch of
/// <c>if (v &gt;= 0)</c> (or after <c>if (v &gt;= 0) return …;</c>), where v &lt; 0 and the exp is at most 1. Found by the
/// same walk as the branch guards of a divisor (BranchGuards.cs), with the condition read for the exponent's sign.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="exp"/> runs only where its exponent <paramref name="operand"/> has the sign
    /// <paramref name="sign"/> (≤ 0 for <c>exp(v)</c>, ≥ 0 for an exp that negates its exponent).
    /// </summary>
    private bool IsSignProvedByBranch(IOperation exp, IOperation operand, Sign sign) =>
        sign is Sign.NonPositive or Sign.NonNegative
        && RunsOnlyWhere(exp, (condition, whenTrue) => ImpliesSign(condition, candidate => IsSameExponent(candidate, operand), whenTrue, sign == Sign.NonPositive));

    /// <summary>
    /// The same variable (a local or parameter), or an expression written the same way (<c>x[i]</c>), also through a
    /// local written once with it (<c>var t = x[i]; … exp(t)</c> under <c>if (x[i] &gt;= 0)</c>).
    /// </summary>
    private bool IsSameExponent(IOperation candidate, IOperation exponent)
    {
        var value = ThroughSingleWrite(candidate);
        var expected = ThroughSingleWrite(exponent);
        if (value is ILocalReferenceOperation or IParameterReferenceOperation && expected is ILocalReferenceOperation or IParameterReferenceOperation)
        {
            return SymbolEqualityComparer.Default.Equals(VariableOf(value), VariableOf(expected));
        }

        return value.Kind == expected.Kind && Compact(value.Syntax.ToString()) == Compact(expected.Syntax.ToString());
    }

    /// <summary>The value a local written once holds (followed a few steps), or the operation itself.</summary>
    private IOperation ThroughSingleWrite(IOperation operation)
    {
        var value = Unwrap(operation)!;
        for (var step = 0; step < 3 && VariableOf(value) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes
            && writes[0].Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation && writes[0].Value is { } written; step++)
        {
            value = Unwrap(written)!;
        }

        return value;
    }

    /// <summary>
    /// True when the condition having the value <paramref name="whenTrue"/> proves the value ≤ 0
    /// (<paramref name="nonPositive"/>) or ≥ 0: <c>v &lt; c</c>, <c>v &lt;= c</c>, <c>v == c</c> with c ≤ 0 (mirrored for
    /// ≥ 0), mirrored operands, a conjunction when true, a disjunction when false, negation.
    /// </summary>
    private static bool ImpliesSign(IOperation condition, System.Func<IOperation, bool> isValue, bool whenTrue, bool nonPositive)
    {
        switch (Unwrap(condition))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation:
                return ImpliesSign(negation.Operand, isValue, !whenTrue, nonPositive);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when whenTrue:
                return ImpliesSign(both.LeftOperand, isValue, true, nonPositive) || ImpliesSign(both.RightOperand, isValue, true, nonPositive);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !whenTrue:
                return ImpliesSign(either.LeftOperand, isValue, false, nonPositive) || ImpliesSign(either.RightOperand, isValue, false, nonPositive);
            case IBinaryOperation comparison:
                var kind = comparison.OperatorKind;
                double? bound;
                if (isValue(comparison.LeftOperand) && (bound = ConstantOf(comparison.RightOperand)) is not null)
                {
                    // v op c
                }
                else if (isValue(comparison.RightOperand) && (bound = ConstantOf(comparison.LeftOperand)) is not null)
                {
                    kind = Mirror(kind);
                }
                else
                {
                    return false;
                }

                kind = whenTrue ? kind : Negate(kind);
                return nonPositive
                    ? kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.Equals && bound <= 0
                    : kind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals && bound >= 0;
            default:
                return false;
        }
    }
}
