using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The unstable logistic (decided: LG0003). <c>e / (1 + e)</c> with <c>e = exp(v)</c> is the two-class softmax of
/// <c>[v, log c]</c> for a constant <c>c &gt; 0</c> with no maximum subtracted: <c>exp(v) = ∞</c> above ~88 (float) /
/// ~709 (double) and ∞ / ∞ is NaN. Kept apart from <see cref="Sites"/>: only LG0003 reads these quotients, so the
/// other rules still see a sigmoid (its <c>p(1 − p)</c> is exact, its log no log of a softmax). Not a logistic here:
/// <c>1 / (1 + exp(−v))</c> and <c>1 − 1 / (1 + e)</c> (no exp divided: 1 / ∞ = 0), a sum of exps accumulated from 1
/// (already a softmax site), a denominator adding anything but positive constants to the numerator's own exp.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly List<LogisticSite> _logisticSites = new();

    /// <summary>Every <c>e / (1 + e)</c> quotient of exps of data, in source order of its division.</summary>
    public IReadOnlyList<LogisticSite> LogisticSites => _logisticSites;

    /// <summary>
    /// Records <paramref name="division"/> (<c>e / (1 + e)</c>, <c>e / (e + 1f)</c>, <c>e * (1 / (1 + e))</c>,
    /// <c>e / d</c> with <c>d = T.One + e</c> written once) when its divisor is positive constants plus the numerator
    /// itself, the numerator is an exp value, and an exp of the quotient reads data (a buffer element, a parameter,
    /// field or property: <see cref="MarkScalarInputs"/>) and is no uniform factor (<see cref="ExponentiatesLogits"/>).
    /// True when it was recorded.
    /// </summary>
    private bool TryAddLogisticSite(IOperation division, IOperation numerator, IOperation divisor)
    {
        if (LogisticExpTerm(divisor, numerator, division) is not { } term || _logisticSites.Any(site => site.Division == division))
        {
            return false;
        }

        var exps = LogisticTermExps(numerator, division).Union(LogisticTermExps(term, division)).OrderBy(exp => exp.Syntax.SpanStart).ToImmutableArray();
        if (exps.IsEmpty || !exps.All(ExponentiatesLogits))
        {
            return false;
        }

        foreach (var exp in exps)
        {
            MarkScalarInputs(exp);
        }

        if (exps.Any(exp => ExpArgument(exp).RawRoots.Count > 0 || LogScoreOf(exp) == LogScore.Unbounded))
        {
            _logisticSites.Add(new LogisticSite(division, exps));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The one term of <paramref name="divisor"/> (read directly, through a local written once or a buffer element stored
    /// once) that is the numerator's exp value, when every other term is a positive constant (<c>1</c>, <c>1f</c>,
    /// <c>T.One</c>) or the exp of a constant; null otherwise. The numerator may be its exp written back by this very
    /// <paramref name="division"/> (<c>e = e / (1 + e)</c>).
    /// </summary>
    private IOperation? LogisticExpTerm(IOperation divisor, IOperation numerator, IOperation division)
    {
        var value = Unwrap(divisor);
        if (VariableOf(value) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } written)
        {
            value = Unwrap(written);
        }
        else if (value is not null && StoredElementValue(value) is { } stored)
        {
            // d[i] = 1 + e[i]; e[i] / d[i] (LogisticSpellings.cs).
            value = stored;
        }

        if (value is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
        {
            return null;
        }

        var terms = Terms(add);
        var variable = terms.Where(term => !IsConstantClass(term) && !IsExpOfConstant(term)).ToList();
        if (variable.Count != 1 || terms.Count == 1 || !SameExpValue(variable[0], numerator)
            || !(IsLogisticExpValue(numerator) || IsExpWrittenBackByItsQuotient(numerator, division)))
        {
            return null;
        }

        return variable[0];
    }

    /// <summary>
    /// The same value (<see cref="SameValue"/>), or two calls of one exp whose exponents are the same value, also through
    /// a temporary written once (<c>Math.Exp(t) / (Math.Exp(x[i]) + 1)</c> with <c>t = x[i]</c>).
    /// </summary>
    private bool SameExpValue(IOperation term, IOperation numerator) =>
        SameValue(term, numerator)
        || Unwrap(term) is IInvocationOperation first && Unwrap(numerator) is IInvocationOperation second
        && SymbolEqualityComparer.Default.Equals(first.TargetMethod, second.TargetMethod)
        && ExpOperand(first) is { } a && ExpOperand(second) is { } b && IsSameExponent(a, b);

    /// <summary>An exp call or a local every write of which is one (<see cref="IsExpValue"/>), or a buffer element an exp feeds.</summary>
    private bool IsLogisticExpValue(IOperation numerator) =>
        IsExpValue(numerator)
        || Unwrap(numerator) is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } && Eval(numerator).Exps.Count > 0 && IsFedByExp(numerator);

    /// <summary>A constant greater than 0 (<c>1</c>, <c>1f</c>, <c>1.0</c>), or generic math's <c>T.One</c>.</summary>
    private static bool IsConstantClass(IOperation term) =>
        IsPositiveConstant(term) || Unwrap(term) is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "One" }, Instance: null };

    /// <summary>
    /// True when the logistic's exp cannot overflow: its exponent is provably ≤ 0 (≥ 0 for an exp that negates it), by
    /// its value (<see cref="SignOf(IOperation?)"/>: <c>exp(-v * v)</c>, <c>exp(-|v|)</c>) or by a branch around the exp
    /// (the branch-stable logistic, <c>v &gt;= 0 ? 1 / (1 + exp(-v)) : exp(v) / (1 + exp(v))</c>, BranchSigns.cs). The
    /// denominator is at least the positive constant, so no 0 / 0 either. A method that compares, bounds or tests the
    /// exponent's data is taken as guarded (LogisticGuards.cs).
    /// </summary>
    public bool IsBoundedLogisticExp(IOperation exp) =>
        exp is IInvocationOperation call && ExpOperand(call) is { } operand && (NegatesExponent(call) ? Sign.NonNegative : Sign.NonPositive) is var bounded
        && (SignOf(operand) == bounded || IsSignProvedByBranch(call, operand, bounded) || IsGuardedLogisticExp(call));
}

/// <summary>One <c>e / (1 + e)</c> quotient (<see cref="SoftmaxModel.LogisticSites"/>): the division and the exps it divides.</summary>
internal sealed class LogisticSite
{
    public LogisticSite(IOperation division, ImmutableArray<IOperation> exps)
    {
        Division = division;
        Exps = exps;
    }

    /// <summary>The division (or the product with the reciprocal).</summary>
    public IOperation Division { get; }

    /// <summary>The exps of the numerator and of the denominator's exp term, in source order.</summary>
    public ImmutableArray<IOperation> Exps { get; }
}
