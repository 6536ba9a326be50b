using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A scaled difference with its factor distributed: <c>-beta[j] * g[i, j] + beta[j] * gMin</c> is
/// <c>-beta[j] * (g[i, j] - gMin)</c>, <c>gMin / T[j] - g[i, j] / T[j]</c> is <c>-(g[i, j] - gMin) / T[j]</c>. Read so
/// when the two terms of one sum carry the same factor (the same symbols and the same index reads, compared as
/// syntax) with opposite signs, and that factor is a scale of other data (ScaledShiftFactors.cs): each term then
/// enters with the sign it has in the factored form. Terms that share a factor with the same sign
/// (<c>beta[j] * g + beta[j] * gMin</c>) are a sum, not a difference, and are left to the plain reading.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Collects the terms of <paramref name="sum"/> (an addition or a subtraction entering with
    /// <paramref name="positive"/>) as a distributed scaled difference; false, collecting nothing, when it is not one.
    /// </summary>
    private bool CollectDistributedScale(IBinaryOperation sum, bool? positive, List<(IOperation Term, bool? Positive)> terms, int depth)
    {
        if (depth >= MaxTermDepth)
        {
            return false;
        }

        foreach (var left in ScaledTermsOf(sum.LeftOperand))
        {
            foreach (var right in ScaledTermsOf(sum.RightOperand))
            {
                var rightEntersPositive = right.Positive != (sum.OperatorKind == BinaryOperatorKind.Subtract);
                // A factor of known sign (a constant, a scalar kT) is read term by term already.
                if (left.Kind != right.Kind || left.Positive == rightEntersPositive
                    || !SyntaxFactory.AreEquivalent(left.Factor.Syntax, right.Factor.Syntax, topLevel: false)
                    || FactorSign(left.Factor, depth) is not null
                    || DistributedFactorSign(left.Factor, left.Scaled, right.Scaled, depth) is not { } factorSign)
                {
                    continue;
                }

                // left.Positive · f · (L - R): L enters with left's sign, R with the opposite, both times f's sign.
                var leftSign = Times(positive, left.Positive == factorSign);
                CollectForeignScaledTerms(left.Scaled, leftSign, left.Factor, terms, depth + 1);
                CollectForeignScaledTerms(right.Scaled, leftSign is { } known ? !known : null, right.Factor, terms, depth + 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ways <paramref name="term"/> is a scaled value: <c>f * v</c> or <c>v * f</c> (either operand the factor) and
    /// <c>v / f</c>, under any number of negations (<see cref="ScaledTerm.Positive"/> false for an odd number).
    /// </summary>
    private static IEnumerable<ScaledTerm> ScaledTermsOf(IOperation term)
    {
        var positive = true;
        var operation = WithoutNegations(term, ref positive);
        if (operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } scaling)
        {
            yield break;
        }

        // -beta[j] * g binds as (-beta[j]) * g: the negations of either operand are the term's.
        var left = WithoutNegations(scaling.LeftOperand, ref positive);
        var right = WithoutNegations(scaling.RightOperand, ref positive);
        yield return new ScaledTerm(right, left, scaling.OperatorKind, positive);
        if (scaling.OperatorKind == BinaryOperatorKind.Multiply)
        {
            yield return new ScaledTerm(left, right, BinaryOperatorKind.Multiply, positive);
        }
    }

    /// <summary><paramref name="operation"/> under its leading negations (a bounded number), flipping <paramref name="positive"/> for each.</summary>
    private static IOperation WithoutNegations(IOperation operation, ref bool positive)
    {
        var current = Unwrap(operation)!;
        for (var k = 0; k < MaxTermDepth && current is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated }; k++)
        {
            positive = !positive;
            current = Unwrap(negated)!;
        }

        return current;
    }

    /// <summary>One reading of a term as <c>±Scaled · Factor</c> or <c>±Scaled / Factor</c>.</summary>
    private readonly struct ScaledTerm
    {
        public ScaledTerm(IOperation factor, IOperation scaled, BinaryOperatorKind kind, bool positive)
        {
            Factor = factor;
            Scaled = scaled;
            Kind = kind;
            Positive = positive;
        }

        /// <summary>The candidate factor.</summary>
        public IOperation Factor { get; }

        /// <summary>What it scales.</summary>
        public IOperation Scaled { get; }

        /// <summary>Multiply or Divide.</summary>
        public BinaryOperatorKind Kind { get; }

        /// <summary>False under an odd number of negations.</summary>
        public bool Positive { get; }
    }
}
