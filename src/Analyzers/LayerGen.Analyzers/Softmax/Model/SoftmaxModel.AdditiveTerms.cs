using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An exponent read as one sum of terms, each a sign, a coefficient that reads no data and an atom, after distributing
/// coefficients over sums and differences and following locals written once: <c>(1 - a) * v + (a - 1) * m</c> is
/// <c>+(1 - a)·v − (1 - a)·m</c>, and <c>beta * v + negShift</c> with <c>negShift = -beta * m</c> is <c>+beta·v − beta·m</c>.
/// Coefficients are compared by structure up to sign, never evaluated (<c>a - 1</c> is the negation of <c>1 - a</c>).
/// When every logit atom enters positively and is matched by a per-slice value of the same data entering with the same
/// coefficient negated, those values are the exponent's shifts, judged like any subtracted maximum (IsKnownNonMaximum).
/// A spelling that subtracts nothing (<c>beta * v</c>, <c>(1 - a) * v + (1 - a) * m</c>, <c>a * v + (a - 1) * m</c>)
/// adds no shift.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>At most this many terms are read from one exponent (a longer polynomial is no scaled shift).</summary>
    private const int MaxAdditiveTerms = 16;

    /// <summary>One additive term: <see cref="Negative"/> is the product of its factors' signs.</summary>
    private readonly struct AdditiveTerm
    {
        public AdditiveTerm(bool negative, string coefficient, IOperation atom)
        {
            Negative = negative;
            Coefficient = coefficient;
            Atom = atom;
        }

        public bool Negative { get; }

        /// <summary>The data-free factors' canonical keys, sorted and joined ("" for none).</summary>
        public string Coefficient { get; }

        public IOperation Atom { get; }
    }

    /// <summary>
    /// <paramref name="argument"/> (the facts of <paramref name="exp"/>'s own exponent) with the values its additive
    /// normal form subtracts from every logit added as shifts; a base below 1 (the exponent negated) is not read.
    /// </summary>
    private ValueFacts WithAdditiveShifts(IOperation exp, IOperation exponent, ValueFacts argument)
    {
        if (NegatesExponent(exp) || argument.RawRoots.Count == 0 || argument.IsOpaque)
        {
            return argument;
        }

        var shifts = AdditiveShifts(exponent).ToList();
        return shifts.Count == 0 ? argument : argument.With(shifts: argument.Shifts.Union(shifts));
    }

    /// <summary>
    /// The per-slice values that <paramref name="exponent"/> subtracts from its logits with their own coefficient
    /// (see the type remarks); empty when some logit atom is unmatched, enters negated, or the exponent is not linear.
    /// </summary>
    private IEnumerable<IOperation> AdditiveShifts(IOperation exponent)
    {
        var terms = new List<AdditiveTerm>();
        if (!CollectAdditiveTerms(exponent, negative: false, new List<string>(), terms, depth: 0) || terms.Count < 2)
        {
            return Enumerable.Empty<IOperation>();
        }

        var facts = terms.Select(term => Eval(term.Atom)).ToList();
        if (facts.Any(fact => fact.IsOpaque || fact.IsProbability || fact.Exps.Count > 0))
        {
            return Enumerable.Empty<IOperation>();
        }

        // Logit atoms: elementwise data with nothing subtracted or bounded.
        var logits = Enumerable.Range(0, terms.Count).Where(index => facts[index].RawRoots.Count > 0 && facts[index].Dims.Count > 0 && facts[index].Shifts.Count == 0).ToList();
        if (logits.Count == 0)
        {
            return Enumerable.Empty<IOperation>();
        }

        var shifts = new List<IOperation>();
        foreach (var logit in logits)
        {
            if (terms[logit].Negative)
            {
                return Enumerable.Empty<IOperation>();
            }

            var bound = Enumerable.Range(0, terms.Count).Where(index => index != logit && terms[index].Negative
                && terms[index].Coefficient == terms[logit].Coefficient && IsSliceValueOf(facts[index], facts[logit])).DefaultIfEmpty(-1).First();
            if (bound < 0)
            {
                return Enumerable.Empty<IOperation>();
            }

            shifts.Add(CallerOperand(terms[bound].Atom));
        }

        return shifts;
    }

    /// <summary>True when <paramref name="bound"/> is one value per slice of the data <paramref name="logit"/> reads (fewer loops, same buffers).</summary>
    private static bool IsSliceValueOf(ValueFacts bound, ValueFacts logit) =>
        bound.RawRoots.Overlaps(logit.RawRoots) && bound.Dims.Count < logit.Dims.Count && bound.Dims.Keys.All(logit.Dims.ContainsKey);

    /// <summary>
    /// Adds the terms of <paramref name="operation"/> times the coefficient <paramref name="factors"/> with sign
    /// <paramref name="negative"/>; false when the exponent is too long to read.
    /// </summary>
    private bool CollectAdditiveTerms(IOperation? operation, bool negative, List<string> factors, List<AdditiveTerm> terms, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxTermDepth || terms.Count > MaxAdditiveTerms)
        {
            return false;
        }

        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return CollectAdditiveTerms(add.LeftOperand, negative, factors, terms, depth + 1)
                    && CollectAdditiveTerms(add.RightOperand, negative, factors, terms, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                return CollectAdditiveTerms(subtract.LeftOperand, negative, factors, terms, depth + 1)
                    && CollectAdditiveTerms(subtract.RightOperand, !negative, factors, terms, depth + 1);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation:
                return CollectAdditiveTerms(negation.Operand, !negative, factors, terms, depth + 1);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return CollectAdditiveTerms(plus.Operand, negative, factors, terms, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when IsCoefficient(product.LeftOperand) != IsCoefficient(product.RightOperand):
                var (coefficient, scaled) = IsCoefficient(product.LeftOperand) ? (product.LeftOperand, product.RightOperand) : (product.RightOperand, product.LeftOperand);
                return CollectScaled(CoefficientKey(coefficient, depth), negative, factors, scaled, terms, depth, divisor: false);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient when IsCoefficient(quotient.RightOperand) && !IsCoefficient(quotient.LeftOperand):
                return CollectScaled(CoefficientKey(quotient.RightOperand, depth), negative, factors, quotient.LeftOperand, terms, depth, divisor: true);
            case ILocalReferenceOperation { Local: var local } when !IsCoefficient(operation) && ForEachOf(local) is null && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value && !IsAccumulator(local) && ReadReduction(value) is null
                && IsLinearForm(value) && !(negative && IsOffsetMaximumValue(value, writes[0].Operation)):
                // double negShift = -beta * m; exp(beta * v + negShift): the local's one definition. A local holding one
                // atom (mean = total / x.Length) stays the atom, judged by name like a subtracted local (IsKnownNonMaximum),
                // and so does a maximum plus an offset subtracted (peak = top + best: one maximum, OffsetMaxima.cs); one
                // entering positively (t = -x[i] + m; exp(t)) is the exponent itself, split as before.
                return CollectAdditiveTerms(value, negative, factors, terms, depth + 1);
            default:
                // A term that reads no data (a setting, a position) shifts every logit alike: not a term of interest.
                if (!IsCoefficient(operation))
                {
                    terms.Add(new AdditiveTerm(negative, string.Join("*", factors.OrderBy(key => key, System.StringComparer.Ordinal)), operation));
                }

                return true;
        }
    }

    /// <summary>True for a sum, difference, negation or data-free scaling: a value the normal form splits or scales.</summary>
    private bool IsLinearForm(IOperation value) =>
        Unwrap(value) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } => true,
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } => true,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product => IsCoefficient(product.LeftOperand) != IsCoefficient(product.RightOperand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient => IsCoefficient(quotient.RightOperand) && !IsCoefficient(quotient.LeftOperand),
            _ => false,
        };

    /// <summary>The terms of <paramref name="scaled"/> with one more coefficient factor (its sign folded into the term's).</summary>
    private bool CollectScaled((bool Negative, string Key)? coefficient, bool negative, List<string> factors, IOperation scaled, List<AdditiveTerm> terms, int depth, bool divisor)
    {
        if (coefficient is not { } known)
        {
            // 0 * v: no term.
            return true;
        }

        var extended = new List<string>(factors);
        if (known.Key.Length > 0)
        {
            extended.Add(divisor ? "1/" + known.Key : known.Key);
        }

        return CollectAdditiveTerms(scaled, negative != known.Negative, extended, terms, depth + 1);
    }

    /// <summary>True for a factor that reads no data: a constant, a setting, arithmetic of those (<c>1 - Alpha</c>, <c>beta</c>).</summary>
    private bool IsCoefficient(IOperation operand)
    {
        var value = Unwrap(operand)!;
        if (value.ConstantValue.HasValue)
        {
            return true;
        }

        var facts = Eval(value);
        return facts.RawRoots.Count == 0 && facts.Exps.Count == 0 && facts.Dims.Count == 0 && !facts.IsOpaque && !facts.IsProbability
            && WellKnownSymbols.IsNumeric(value.Type);
    }

    /// <summary>
    /// The sign and structural key of a data-free factor (null for a constant 0; key "" for ±1): constants by value,
    /// variables by symbol, locals written once by their definition, a difference ordered so that <c>a - 1</c> and
    /// <c>1 - a</c> share a key with opposite signs, sums and products with their operands sorted.
    /// </summary>
    private (bool Negative, string Key)? CoefficientKey(IOperation operand, int depth)
    {
        var value = Unwrap(operand)!;
        if (value.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return AsDouble(constant) is { } number
                ? number == 0 ? null : (number < 0, System.Math.Abs(number) == 1 ? "" : System.Math.Abs(number).ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                : (false, "c:" + constant);
        }

        if (depth > MaxTermDepth)
        {
            return (false, "s:" + value.Syntax.ToString());
        }

        switch (value)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation:
                return CoefficientKey(negation.Operand, depth + 1) is { } negated ? (!negated.Negative, negated.Key) : null;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return CoefficientKey(plus.Operand, depth + 1);
            case ILocalReferenceOperation { Local: var local } when WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } written:
                return CoefficientKey(written, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product:
                if (CoefficientKey(product.LeftOperand, depth + 1) is not { } left || CoefficientKey(product.RightOperand, depth + 1) is not { } right)
                {
                    return null;
                }

                var keys = product.OperatorKind == BinaryOperatorKind.Multiply
                    ? new[] { left.Key, right.Key }.Where(key => key.Length > 0).OrderBy(key => key, System.StringComparer.Ordinal).ToArray()
                    : new[] { left.Key, "1/" + right.Key };
                return (left.Negative != right.Negative, string.Join("*", keys));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum:
                var first = Signed(CoefficientKey(sum.LeftOperand, depth + 1));
                var second = Signed(CoefficientKey(sum.RightOperand, depth + 1));
                if (sum.OperatorKind == BinaryOperatorKind.Add)
                {
                    var sorted = new[] { first, second }.OrderBy(key => key, System.StringComparer.Ordinal).ToArray();
                    return (false, "(" + sorted[0] + "+" + sorted[1] + ")");
                }

                // p - q = -(q - p): the ordinally smaller operand first.
                return string.CompareOrdinal(first, second) <= 0 ? (false, "(" + first + "-" + second + ")") : (true, "(" + second + "-" + first + ")");
            default:
                return VariableOf(value) is { } symbol
                    ? (false, "v:" + symbol.ToDisplayString() + "@" + (symbol.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
                    : (false, "s:" + value.Syntax.ToString());
        }
    }

    /// <summary>A signed key as one string (a zero factor as "0").</summary>
    private static string Signed((bool Negative, string Key)? key) =>
        key is not { } known ? "0" : (known.Negative ? "-" : "") + (known.Key.Length == 0 ? "1" : known.Key);
}
