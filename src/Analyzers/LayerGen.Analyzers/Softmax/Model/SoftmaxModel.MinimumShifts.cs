using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The shift of a softmax is the extremum that makes its exponent ≤ 0: a maximum of what enters the exponent with a
/// positive sign (<c>exp(x - max)</c>), or a minimum of what enters it negated: <c>exp(-(d - dmin) / h)</c>,
/// <c>exp(-0.5 * (aic - best))</c>, <c>exp(dmin - d)</c> (a kernel over distances, Akaike weights, Boltzmann energies).
/// The exponent is split into additive terms with the sign each enters with, through temporaries written once,
/// negations, subtractions and factors of known sign (<see cref="SignOf(IOperation?)"/>; a scalar that reads no data is a positive scale, as in
/// <see cref="IsScale"/>; a scale read from other data applied to the whole shifted difference, <c>-(e - eMin) / kT[c]</c>,
/// likewise, ScaledShiftFactors.cs); a minimum among the positive terms is the site's shift and is checked like a maximum.
/// A minimum entering negated (<c>exp(d - dmin)</c>, an exponent ≥ 0) bounds nothing and is no shift. A minimum behind
/// a factor of unknown sign (<c>* w[c]</c> of a term alone) is a shift of unknown sign: judged only for varying along the
/// softmax axis.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxTermDepth = 8;

    /// <summary>
    /// The reductions that shift <paramref name="exp"/>'s exponent down to ≤ 0: subtracted maxima (also scaled by the
    /// logits' own positive factor, <see cref="ScaledShiftMaximum"/>) and positive-signed
    /// minima; and minima behind a factor of unknown sign (<c>exp(-(e[c, l] - reference[l]) / kT[c])</c>), marked
    /// <see cref="Reduction.SignUnknown"/>: whether such a minimum bounds the exponent is unknown, but one that varies
    /// along the softmax axis changes every probability whatever the factor's sign (see ShiftSpans.cs).
    /// </summary>
    private IEnumerable<Reduction> ShiftMaxima(IOperation exp, ImmutableHashSet<DimensionAtom>? sumAtoms = null)
    {
        foreach (var shift in ExpArgument(exp).Shifts)
        {
            if ((ShiftReduction(shift, exp) ?? UnrolledSlotMaximum(shift, exp)) is { Kind: ReductionKind.Max } max)
            {
                yield return ReadAt(max, shift, exp);
            }
            else if (ScaledShiftMaximum(shift, exp, out var read) is { Kind: ReductionKind.Max } scaled)
            {
                yield return ReadAt(scaled, read!, exp);
            }
        }

        var terms = SignedTerms(exp);
        foreach (var (term, positive) in terms)
        {
            if (positive != false && ShiftReduction(term, exp) is { Kind: ReductionKind.Min } min && IsOffsetByData(terms, term, positive))
            {
                // A minimum behind a factor that varies along the sum's axis (w[c, l] * (x - m)) has no known sign (AxisVaryingScales.cs).
                var signed = positive == true && !IsScaledAlongSumAxis(term, sumAtoms);
                yield return ReadAt(signed ? min : min.WithUnknownSign(), term, exp);
            }
        }
    }

    /// <summary>Records where <paramref name="shift"/> is read (<see cref="SpanOf"/> checks which loops pick its element).</summary>
    private Reduction ReadAt(Reduction shift, IOperation read, IOperation exp)
    {
        _shiftReads[shift] = (Unwrap(read)!, exp);
        return shift;
    }

    private readonly Dictionary<Reduction, (IOperation Read, IOperation Exp)> _shiftReads = new();

    /// <summary>The minima among the terms that enter <paramref name="exp"/>'s exponent with a positive sign.</summary>
    private IEnumerable<Reduction> PositiveMinima(IOperation exp)
    {
        var terms = SignedTerms(exp);
        foreach (var (term, positive) in terms)
        {
            if (positive == true && ShiftReduction(term, exp) is { Kind: ReductionKind.Min } min && IsOffsetByData(terms, term, positive))
            {
                yield return min;
            }
        }
    }

    /// <summary>
    /// True when the minimum <paramref name="minimum"/>, entering the exponent with <paramref name="sign"/>, may be offset
    /// by data entering it the other way: another term that reads data enters negated (<c>exp(dmin - d)</c>,
    /// <c>exp(-(d - dmin) / h)</c>) or with a sign not known (<c>exp(min - label[i] * score[i])</c>, and any data term beside
    /// a minimum behind a factor of unknown sign, <c>exp(-(e - min) / kT[c])</c>). Only then may the minimum pull the
    /// exponent down to ≤ 0. <c>exp(row.Min())</c> or <c>exp(x[i] + min)</c> has no such term: the exponent grows with the
    /// data, an unshifted exp.
    /// </summary>
    private bool IsOffsetByData(List<(IOperation Term, bool? Positive)> terms, IOperation minimum, bool? sign) =>
        terms.Any(other => other.Term != minimum && !other.Term.ConstantValue.HasValue && (sign != true || other.Positive != true)
            && Eval(other.Term) is var facts && (facts.RawRoots.Count > 0 || facts.Dims.Count > 0));

    /// <summary>The additive terms of <paramref name="exp"/>'s exponent with the sign each enters with (null: behind a factor of unknown sign).</summary>
    private List<(IOperation Term, bool? Positive)> SignedTerms(IOperation exp)
    {
        var terms = new List<(IOperation Term, bool? Positive)>();
        if (ExpOperand(exp) is { } exponent)
        {
            _signSteps = 0;
            // Pow(0.5, d - dmin) is exp(-(d - dmin) · ln 2): its exponent enters negated.
            CollectSignedTerms(exponent, positive: !NegatesExponent(exp), terms, depth: 0);
        }

        return terms;
    }

    /// <summary>True when <paramref name="shift"/> is an additive term of <paramref name="exp"/>'s exponent that enters it with a provably negative sign.</summary>
    private bool EntersNegated(IOperation shift, IOperation exp)
    {
        var unwrapped = Unwrap(shift)!;
        return SignedTerms(exp).Any(term => term.Positive == false && term.Term == unwrapped);
    }

    /// <summary>
    /// The additive terms of <paramref name="operation"/> with the sign each enters with: through sums, differences,
    /// negations and factors of known sign; beneath a factor of unknown sign every sign is null.
    /// </summary>
    private void CollectSignedTerms(IOperation? operation, bool? positive, List<(IOperation Term, bool? Positive)> terms, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxTermDepth)
        {
            return;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum when CollectDistributedScale(sum, positive, terms, depth):
                // -beta[j] * g[i, j] + beta[j] * gMin: the scaled difference with its factor distributed (DistributedScaleFactors.cs).
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                CollectSignedTerms(add.LeftOperand, positive, terms, depth + 1);
                CollectSignedTerms(add.RightOperand, positive, terms, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                CollectSignedTerms(subtract.LeftOperand, positive, terms, depth + 1);
                CollectSignedTerms(subtract.RightOperand, !positive, terms, depth + 1);
                break;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation:
                CollectSignedTerms(negation.Operand, !positive, terms, depth + 1);
                break;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                CollectSignedTerms(plus.Operand, positive, terms, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient:
                if (FactorSign(quotient.RightOperand, depth) is { } divisorPositive)
                {
                    CollectSignedTerms(quotient.LeftOperand, Times(positive, divisorPositive), terms, depth + 1);
                }
                else if (ShiftedDifferenceScaleSign(quotient.RightOperand, quotient.LeftOperand, depth) is { } divisorScale)
                {
                    // -(e - eMin) / kT[c]: a temperature read from other data scales the whole difference (ScaledShiftFactors.cs).
                    CollectForeignScaledTerms(quotient.LeftOperand, Times(positive, divisorScale), quotient.RightOperand, terms, depth + 1);
                }
                else
                {
                    CollectSignedTerms(quotient.LeftOperand, null, terms, depth + 1);
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                if (FactorSign(product.RightOperand, depth) is { } rightPositive)
                {
                    CollectSignedTerms(product.LeftOperand, Times(positive, rightPositive), terms, depth + 1);
                }
                else if (FactorSign(product.LeftOperand, depth) is { } leftPositive)
                {
                    CollectSignedTerms(product.RightOperand, Times(positive, leftPositive), terms, depth + 1);
                }
                else if (ShiftedDifferenceScaleSign(product.RightOperand, product.LeftOperand, depth) is { } rightScale)
                {
                    CollectForeignScaledTerms(product.LeftOperand, Times(positive, rightScale), product.RightOperand, terms, depth + 1);
                }
                else if (ShiftedDifferenceScaleSign(product.LeftOperand, product.RightOperand, depth) is { } leftScale)
                {
                    // -beta[t] * (e - eMin): a scale read from other data (ScaledShiftFactors.cs).
                    CollectForeignScaledTerms(product.RightOperand, Times(positive, leftScale), product.LeftOperand, terms, depth + 1);
                }
                else
                {
                    // Neither factor's sign is known: both are followed, sign unknown.
                    CollectSignedTerms(product.LeftOperand, null, terms, depth + 1);
                    CollectSignedTerms(product.RightOperand, null, terms, depth + 1);
                }

                break;
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is null && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value && !IsAccumulator(local) && ReadReduction(value) is null:
                // var t0 = dmin - d[i]; exp(t0): the temporary's one definition.
                CollectSignedTerms(value, positive, terms, depth + 1);
                break;
            default:
                terms.Add((operation, positive));
                break;
        }
    }

    /// <summary>The sign of a term times a factor's sign, null when either is unknown.</summary>
    private static bool? Times(bool? sign, bool? factor) => sign is { } known && factor is { } other ? known == other : null;

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
