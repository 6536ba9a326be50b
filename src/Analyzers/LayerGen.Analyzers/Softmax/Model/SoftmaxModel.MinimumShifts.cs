using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The shift of a softmax is the extremum that makes its exponent ≤ 0: a maximum of what enters the exponent with a
/// positive sign (<c>exp(x - max)</c>), or a minimum of what enters it negated: <c>exp(-(d - dmin) / h)</c>,
/// <c>exp(-0.5 * (aic - best))</c>, <c>exp(dmin - d)</c> (a kernel over distances, Akaike weights, Boltzmann energies).
/// The exponent is split into additive terms with the sign each enters with, through temporaries written once,
/// negations, subtractions and factors of known sign (<see cref="SignOf(IOperation?)"/>; a scalar that reads no data is a positive scale, as in
/// <see cref="IsScale"/>); a minimum among the positive terms is the site's shift and is checked like a maximum.
/// A minimum entering negated (<c>exp(d - dmin)</c>, an exponent ≥ 0) bounds nothing and is no shift.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxTermDepth = 8;

    /// <summary>The reductions that shift <paramref name="exp"/>'s exponent down to ≤ 0: subtracted maxima and positive-signed minima.</summary>
    private IEnumerable<Reduction> ShiftMaxima(IOperation exp)
    {
        foreach (var shift in ExpArgument(exp).Shifts)
        {
            if (ShiftReduction(shift, exp) is { Kind: ReductionKind.Max } max)
            {
                yield return max;
            }
        }

        foreach (var min in PositiveMinima(exp))
        {
            yield return min;
        }
    }

    /// <summary>The minima among the terms that enter <paramref name="exp"/>'s exponent with a positive sign.</summary>
    private IEnumerable<Reduction> PositiveMinima(IOperation exp)
    {
        if (ExpOperand(exp) is not { } exponent)
        {
            yield break;
        }

        var terms = new List<IOperation>();
        _signSteps = 0;
        // Pow(0.5, d - dmin) is exp(-(d - dmin) · ln 2): its exponent enters negated.
        CollectPositiveTerms(exponent, positive: !NegatesExponent(exp), terms, depth: 0);
        foreach (var term in terms)
        {
            if (ShiftReduction(term, exp) is { Kind: ReductionKind.Min } min)
            {
                yield return min;
            }
        }
    }

    /// <summary>The additive terms of <paramref name="operation"/> that enter it with a positive sign (stops at a factor of unknown sign).</summary>
    private void CollectPositiveTerms(IOperation? operation, bool positive, List<IOperation> terms, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxTermDepth)
        {
            return;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                CollectPositiveTerms(add.LeftOperand, positive, terms, depth + 1);
                CollectPositiveTerms(add.RightOperand, positive, terms, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                CollectPositiveTerms(subtract.LeftOperand, positive, terms, depth + 1);
                CollectPositiveTerms(subtract.RightOperand, !positive, terms, depth + 1);
                break;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation:
                CollectPositiveTerms(negation.Operand, !positive, terms, depth + 1);
                break;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                CollectPositiveTerms(plus.Operand, positive, terms, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient:
                if (FactorSign(quotient.RightOperand, depth) is { } divisorPositive)
                {
                    CollectPositiveTerms(quotient.LeftOperand, positive == divisorPositive, terms, depth + 1);
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                if (FactorSign(product.RightOperand, depth) is { } rightPositive)
                {
                    CollectPositiveTerms(product.LeftOperand, positive == rightPositive, terms, depth + 1);
                }
                else if (FactorSign(product.LeftOperand, depth) is { } leftPositive)
                {
                    CollectPositiveTerms(product.RightOperand, positive == leftPositive, terms, depth + 1);
                }

                break;
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is null && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value && !IsAccumulator(local) && ReadReduction(value) is null:
                // var t0 = dmin - d[i]; exp(t0): the temporary's one definition.
                CollectPositiveTerms(value, positive, terms, depth + 1);
                break;
            default:
                if (positive)
                {
                    terms.Add(operation);
                }

                break;
        }
    }

    /// <summary>True for a factor provably &gt; 0 (or a scale that reads no data), false for one provably &lt; 0, null when unknown or zero.</summary>
    private bool? FactorSign(IOperation factor, int depth)
    {
        factor = Unwrap(factor)!;
        if (factor is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated } && depth < MaxTermDepth)
        {
            // -beta: the opposite of beta's sign (beta a positive scale).
            return FactorSign(negated, depth + 1) is { } sign ? !sign : null;
        }

        if (factor.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return AsDouble(constant) switch
            {
                > 0 => true,
                < 0 => false,
                _ => null,
            };
        }

        return SignOf(factor, depth + 1) switch
        {
            Sign.NonNegative => true,
            Sign.NonPositive => false,
            _ => IsScale(factor, depth + 1) ? true : null,
        };
    }
}
