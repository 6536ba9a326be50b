using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The additive normal form's verdict on an exp's shifts (AdditiveTerms.cs). An exp of data is shifted only when each
/// logit atom (elementwise data, nothing subtracted) with coefficient c is matched by a per-slice value of the same data
/// entering with −c, and that value is an extreme in the right direction: a maximum for a logit entering positively, a
/// minimum for one entering negated (softmin, <c>exp(min - x)</c>). The form has no valid shift when a logit's data is
/// matched only with another coefficient (<c>x - 0.5f * m</c>, <c>2 * v - m</c>, <c>x - m + x</c>), only with the
/// wrong extreme (<c>exp(-x + max)</c>), or by a statistic that is no extreme (a sum, a mean,
/// <c>Average()</c>). Then
/// every shift of the exp is no maximum (IsKnownNonMaximum). Coefficients are compared by structure; two that differ
/// only by numbers are told apart, any other difference (<c>x / t - m</c>) gives no verdict.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memoised verdicts (SoftmaxModel.Memos.cs).</summary>
    private readonly Dictionary<IOperation, bool> _invalidShiftForms = new();

    private readonly CycleGuard<IOperation> _shiftFormsInProgress = new();

    /// <summary>True when <paramref name="exp"/>'s exponent, read as one additive normal form, subtracts no valid extreme (see the type remarks).</summary>
    private bool HasNoValidShiftForm(IOperation exp)
    {
        EnsureMemosCurrent();
        if (_invalidShiftForms.TryGetValue(exp, out var known))
        {
            return known;
        }

        // Asked again while being answered (a bound judged through this exp): no verdict.
        if (!_shiftFormsInProgress.TryEnter(exp, _cycles))
        {
            return false;
        }

        var scope = _cycles.Begin();
        try
        {
            known = ComputeNoValidShiftForm(exp);
        }
        finally
        {
            _shiftFormsInProgress.Exit(exp);
        }

        if (_cycles.End(scope))
        {
            _invalidShiftForms[exp] = known;
        }

        return known;
    }

    private bool ComputeNoValidShiftForm(IOperation exp)
    {
        // Only an exponent read in the exp's own terms: not a helper's, a member's, nor one a base below 1 negates.
        if (exp is not IInvocationOperation call || NegatesExponent(call) || HelperExponent(call) is not null || MemberExpExponent(call) is not null
            || ExpOperand(call) is not { } exponent)
        {
            return false;
        }

        var terms = new List<AdditiveTerm>();
        if (!CollectAdditiveTerms(exponent, negative: false, new List<string>(), terms, depth: 0) || terms.Count == 0)
        {
            return false;
        }

        var facts = terms.Select(term => AveragedFacts(term.Atom) ?? Eval(term.Atom)).ToList();
        if (facts.Any(fact => fact.IsOpaque || fact.IsProbability || fact.Exps.Count > 0))
        {
            return false;
        }

        // Logit atoms: elementwise data with nothing subtracted or bounded; data that varies and carries a shift of its
        // own is not read here.
        var logits = new List<int>();
        for (var index = 0; index < terms.Count; index++)
        {
            if (facts[index].RawRoots.Count == 0 || facts[index].Dims.Count == 0)
            {
                continue;
            }

            if (facts[index].Shifts.Count > 0 || IsExtremeFold(terms[index].Atom, exp))
            {
                // A running max or min is no logit: exp(m - mNew), an online rescale, is bounded by its own fold.
                return false;
            }

            logits.Add(index);
        }

        // The same atom twice: its coefficients add (x - m + x is 2·x - m).
        var groups = logits.GroupBy(index => AtomKey(terms[index].Atom)).ToList();
        var logitTerms = new List<(int Index, int Multiplicity)>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (members.Select(index => terms[index].Coefficient).Distinct().Count() > 1)
            {
                return false;
            }

            var net = members.Sum(index => terms[index].Negative ? -1 : 1);
            if (net != 0)
            {
                logitTerms.Add((members[0], net));
            }
        }

        // First each logit's own shifts: bounds with its coefficient entering with the opposite sign.
        var validShifts = new List<int>();
        var unshifted = new List<(int Logit, bool Negative, List<int> Bounds, bool SameSignTwin)>();
        foreach (var (logit, multiplicity) in logitTerms)
        {
            var negative = multiplicity < 0;
            var bounds = Enumerable.Range(0, terms.Count).Where(index => !logits.Contains(index) && IsSliceValueOf(facts[index], facts[logit])).ToList();
            var shifts = new List<int>();
            var sameSignTwin = false;
            foreach (var bound in bounds)
            {
                if (IsExtremeCall(terms[bound].Atom))
                {
                    // Max(c, -0.5 * nearest): an extreme of expressions carries coefficients the form does not read.
                    return false;
                }

                var relation = System.Math.Abs(multiplicity) == 1 && terms[logit].Coefficient == terms[bound].Coefficient
                    ? false
                    : NumericallyDifferent(terms[logit].Coefficient, terms[bound].Coefficient, System.Math.Abs(multiplicity));
                if (relation is null)
                {
                    // Coefficients of unknown relation (x / t - m): no verdict.
                    return false;
                }

                if (relation == false)
                {
                    if (terms[bound].Negative != negative)
                    {
                        shifts.Add(bound);
                    }
                    else
                    {
                        sameSignTwin = true;
                    }
                }
            }

            if (shifts.Count == 0)
            {
                unshifted.Add((logit, negative, bounds, sameSignTwin));
                continue;
            }

            var valid = shifts.Where(bound => IsValidExtreme(terms[bound].Atom, exp, negative)).ToList();
            if (valid.Count == 0)
            {
                // Shifted only by a non-extreme or by the wrong extreme.
                return true;
            }

            validShifts.AddRange(valid);
        }

        // Then the logits with no shift of their own: covered by another logit's shift of the same data (a centred
        // score t - c[k] minus the maximum of t - c), or matched only with another coefficient (no shift). Data no slice
        // value covers at all (x + b - m with m over x only: a log prior, noise, a bias often bounded) is not judged.
        foreach (var (logit, negative, bounds, sameSignTwin) in unshifted)
        {
            if (validShifts.Any(shift => facts[shift].RawRoots.Overlaps(facts[logit].RawRoots)))
            {
                continue;
            }

            if (negative && sameSignTwin)
            {
                // -x - m: m may be the maximum of -x (a softmin written with max(-x)); the model does not tell.
                return false;
            }

            if (bounds.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="atom"/> is an extreme itself: a max or min fold as seen from <paramref name="exp"/>,
    /// a local written once with <c>Max</c>/<c>Min</c> (the per-step temporary of an online softmax), or a max or min
    /// read inside the branch of its own guarded fold (<c>if (x &gt; m) { …exp(m - x)…; m = x; }</c>).
    /// </summary>
    private bool IsExtremeFold(IOperation atom, IOperation exp)
    {
        if (ReductionAt(atom, UseOf(exp)) is { Kind: ReductionKind.Max or ReductionKind.Min })
        {
            return true;
        }

        return IsExtremeCall(atom) || IsGuardedFoldExtreme(atom, exp);
    }

    /// <summary>
    /// True when <paramref name="exp"/> sits in the branch of a guarded max or min fold (<c>if (x &gt; m) { r = exp(m - x);
    /// …; m = x; }</c>, the branchy online rescale, review 41's F31) and <paramref name="atom"/> is that fold's accumulator
    /// (the extreme before this step) or the value it takes (the extreme after it): an extreme, no logit.
    /// </summary>
    private bool IsGuardedFoldExtreme(IOperation atom, IOperation exp)
    {
        for (var parent = exp.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is not IConditionalOperation { WhenTrue: var branch } conditional || !Contains(branch, exp))
            {
                continue;
            }

            foreach (var assignment in branch.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
            {
                if (VariableOf(assignment.Target) is { } variable
                    && Accumulation(variable, assignment, assignment.Value) is { Kind: ReductionKind.Max or ReductionKind.Min, Reported: var reported }
                    && reported == conditional
                    && (SameValue(atom, assignment.Value) || SymbolEqualityComparer.Default.Equals(VariableOf(atom), variable)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A scalar <c>Max</c>/<c>Min</c> call, inline or in a local written once with it.</summary>
    private bool IsExtremeCall(IOperation atom)
    {
        var value = Unwrap(atom) is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes
            ? Unwrap(writes[0].Value)
            : Unwrap(atom);
        return value is IInvocationOperation call && (Symbols.IsScalarMax(call.TargetMethod) || Symbols.IsScalarMin(call.TargetMethod));
    }

    /// <summary>
    /// True when <paramref name="bound"/> may be the extreme that bounds a logit: a maximum for a logit entering positively
    /// (judged like any subtracted value, IsKnownNonMaximum), a minimum for one entering negated; a value the model
    /// cannot name counts, a sum, a mean, <c>Average()</c> or one element never does.
    /// </summary>
    private bool IsValidExtreme(IOperation bound, IOperation exp, bool negatedLogit)
    {
        if (!negatedLogit)
        {
            return !IsKnownNonMaximumValue(bound, exp) && ReductionAt(bound, UseOf(exp)) is not { Kind: ReductionKind.Min };
        }

        if (IsNonExtremeStatistic(bound))
        {
            return false;
        }

        return ReductionAt(MeasuredValue(bound), UseOf(exp)) is not { Kind: ReductionKind.Max or ReductionKind.Sum };
    }

    /// <summary>
    /// The facts of <c>x.Average()</c> (directly or through a local written once with it): one number of the data it
    /// averages, as a value without dimensions; null for anything else.
    /// </summary>
    private ValueFacts? AveragedFacts(IOperation value)
    {
        var read = Unwrap(value);
        if (read is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            read = Unwrap(writes[0].Value);
        }

        return read is IInvocationOperation call && Symbols.IsEnumerable(call.TargetMethod, "Average") && call.Arguments.Length > 0
            ? Eval(call.Arguments[0].Value).WithoutDims()
            : null;
    }

    /// <summary>
    /// True for a per-slice value that is no extreme whatever the data: <c>Average()</c>, or a local written once with it.
    /// One element at constant indices (<c>x[0]</c>) is not: after a descending sort it is the maximum (top-k sampling).
    /// </summary>
    private bool IsNonExtremeStatistic(IOperation value)
    {
        var read = Unwrap(value);
        if (read is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            read = Unwrap(writes[0].Value);
        }

        return read switch
        {
            IInvocationOperation call => Symbols.IsEnumerable(call.TargetMethod, "Average"),
            _ => false,
        };
    }

    /// <summary>An atom's structural key: its syntax without trivia.</summary>
    private static string AtomKey(IOperation atom) => Unwrap(atom)!.Syntax.WithoutTrivia().ToString().Replace(" ", "");

    /// <summary>
    /// Whether <paramref name="logit"/> (times <paramref name="multiplicity"/>) and <paramref name="bound"/>, two
    /// coefficient keys, differ: false when equal, true when they differ only by numeric factors of different product,
    /// null when anything else differs (the relation is unknown).
    /// </summary>
    private static bool? NumericallyDifferent(string logit, string bound, int multiplicity)
    {
        var left = Factors(logit);
        var right = Factors(bound);
        foreach (var factor in left.ToList())
        {
            if (right.Remove(factor))
            {
                left.Remove(factor);
            }
        }

        var leftValue = NumericProduct(left);
        var rightValue = NumericProduct(right);
        if (leftValue is null || rightValue is null)
        {
            return null;
        }

        return System.Math.Abs(leftValue.Value * multiplicity - rightValue.Value) > 1e-12 * System.Math.Max(1, System.Math.Abs(rightValue.Value));
    }

    private static List<string> Factors(string key) => key.Split('*').Where(factor => factor.Length > 0).ToList();

    /// <summary>The product of numeric factors ("2", "1/4"); null when some factor is not a number.</summary>
    private static double? NumericProduct(List<string> factors)
    {
        var product = 1.0;
        foreach (var factor in factors)
        {
            var divisor = factor.StartsWith("1/", System.StringComparison.Ordinal);
            var text = divisor ? factor.Substring(2) : factor;
            if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) || number == 0)
            {
                return null;
            }

            product = divisor ? product / number : product * number;
        }

        return product;
    }
}
