using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An exponent shifted by a fold of negated data (NegatedFolds.cs), with the sign applied: each such fold is read as
/// the negated opposite extreme with its coefficient (<c>m = max(-2·d)</c> enters <c>-2d - m</c> as <c>+2·min d</c>),
/// the terms of one atom add their numeric coefficients, and each logit (elementwise data, nothing subtracted) with
/// net coefficient c must be matched by exactly one such extreme of its data with net −c: a maximum for c &gt; 0
/// (<c>exp(x + min(-x))</c> = <c>exp(x - max x)</c>), a minimum for c &lt; 0 (the softmin <c>exp(-(d + max(-d)))</c> =
/// <c>exp(min d - d)</c>). Then the exponent is ≤ 0. A fold whose sign does not cancel (<c>exp(x - max(-x))</c> =
/// <c>exp(x + min x)</c>, <c>exp(-d + min(-d))</c> = <c>exp(-d - max d)</c>) is no shift: <see cref="IsKnownNonMaximumValue"/>
/// says so for such a fold subtracted, and such a minimum is no positive minimum (MinimumShifts.cs). Any other data term,
/// any other extreme, or a fold that walks part of the slice or whose buffer is rewritten before the exp gives no verdict
/// here: main's readings decide.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>One bound of the matched form: a negated fold read as the opposite extreme.</summary>
    private sealed class NegatedFoldBound
    {
        public NegatedFoldBound(IOperation atom, ReductionKind kind, string symbols, double coefficient, ValueFacts facts, NegatedFold? fold = null)
        {
            Fold = fold;
            Atom = atom;
            Kind = kind;
            Symbols = symbols;
            Coefficient = coefficient;
            Facts = facts;
        }

        public IOperation Atom { get; }

        public ReductionKind Kind { get; }

        public string Symbols { get; }

        public double Coefficient { get; }

        public ValueFacts Facts { get; }

        /// <summary>The fold read (its data's roots stand in for a slot's).</summary>
        public NegatedFold? Fold { get; }
    }

    /// <summary>
    /// Memoised per exp (cleared with the other memos): the fold atoms that shift it (null when unproven), and whether
    /// a fold of its logits' data enters with a sign or coefficient that does not cancel them.
    /// </summary>
    private readonly Dictionary<IOperation, (List<IOperation>? Shifts, bool Mismatched)> _negatedFoldShifts = new();

    private readonly CycleGuard<IOperation> _negatedFoldShiftsInProgress = new();

    /// <summary>True when <paramref name="exp"/>'s exponent is ≤ 0 once its folds of negated data are read as the opposite extremes.</summary>
    private bool IsShiftedByANegatedFold(IOperation exp) => NegatedFoldForm(exp).Shifts is not null;

    /// <summary>
    /// True when a fold of negated data, matched to <paramref name="exp"/>'s logits by their data, enters with a sign or
    /// coefficient that does not cancel them (<c>exp(x - max(-x))</c> = <c>exp(x + min x)</c>): it is no shift. A fold the
    /// logits cannot be matched with (other data, a slot whose value is not read) gives no verdict.
    /// </summary>
    private bool IsMismatchedNegatedFold(IOperation exp) => NegatedFoldForm(exp).Mismatched;

    /// <summary>The negated-fold atoms that shift <paramref name="exp"/> (see the type remarks), null when unproven.</summary>
    private List<IOperation>? NegatedFoldShifts(IOperation exp) => NegatedFoldForm(exp).Shifts;

    /// <summary>The memoised verdict of <see cref="ComputeNegatedFoldForm"/>.</summary>
    private (List<IOperation>? Shifts, bool Mismatched) NegatedFoldForm(IOperation exp)
    {
        EnsureMemosCurrent();
        if (_negatedFoldShifts.TryGetValue(exp, out var known))
        {
            return known;
        }

        if (!_negatedFoldShiftsInProgress.TryEnter(exp, _cycles))
        {
            return (null, false);
        }

        var scope = _cycles.Begin();
        try
        {
            known = ComputeNegatedFoldForm(exp);
        }
        finally
        {
            _negatedFoldShiftsInProgress.Exit(exp);
        }

        if (_cycles.End(scope))
        {
            _negatedFoldShifts[exp] = known;
        }

        return known;
    }

    private (List<IOperation>? Shifts, bool Mismatched) ComputeNegatedFoldForm(IOperation exp)
    {
        var unknown = ((List<IOperation>?)null, false);
        // Only an exponent read in the exp's own terms: not a helper's, a member's, nor one a base below 1 negates.
        if (exp is not IInvocationOperation call || NegatesExponent(call) || HelperExponent(call) is not null || MemberExpExponent(call) is not null
            || ExpOperand(call) is not { } exponent)
        {
            return unknown;
        }

        var terms = new List<AdditiveTerm>();
        if (!CollectAdditiveTerms(exponent, negative: false, new List<string>(), terms, depth: 0) || terms.Count < 2)
        {
            return unknown;
        }

        // Cheap first: most exps read no fold of negated data.
        var folds = terms.Select(term => NegatedFoldAt(term.Atom, exp)).ToList();
        if (folds.All(fold => fold is null))
        {
            return unknown;
        }

        var bounds = new List<NegatedFoldBound>();
        var logits = new Dictionary<string, (IOperation Atom, string Symbols, double Coefficient, ValueFacts Facts)>();
        for (var index = 0; index < terms.Count; index++)
        {
            var term = terms[index];
            var factors = Factors(term.Coefficient);
            var negative = term.Negative;
            if (folds[index] is { } fold)
            {
                // m = min(-c·x) is -c·max x: the term's sign flips and the data's coefficient joins its own.
                factors.AddRange(Factors(fold.Coefficient));
                var (boundSymbols, boundCoefficient) = SplitCoefficient(factors, !negative);
                bounds.Add(new NegatedFoldBound(term.Atom, fold.Kind, boundSymbols, boundCoefficient, Eval(term.Atom), fold));
                continue;
            }

            var facts = Eval(term.Atom);
            if (facts.IsOpaque || facts.IsProbability || facts.Exps.Count > 0)
            {
                return unknown;
            }

            if (facts.RawRoots.Count == 0 && facts.Dims.Count == 0)
            {
                // A setting or a position: one value for every logit, no data.
                continue;
            }

            if (facts.RawRoots.Count == 0 || facts.Dims.Count == 0 || facts.Shifts.Count > 0 || IsExtremeFold(term.Atom, exp))
            {
                // Other data, another extreme or a shifted value: left to the other readings.
                return unknown;
            }

            var (symbols, coefficient) = SplitCoefficient(factors, negative);
            var key = AtomKey(term.Atom) + "|" + symbols;
            logits[key] = logits.TryGetValue(key, out var seen) ? (seen.Atom, symbols, seen.Coefficient + coefficient, facts) : (term.Atom, symbols, coefficient, facts);
        }

        if (bounds.Count == 0)
        {
            return unknown;
        }

        var used = new HashSet<NegatedFoldBound>();
        var mismatched = false;
        foreach (var logit in logits.Values.Where(logit => System.Math.Abs(logit.Coefficient) > 1e-12))
        {
            var matched = bounds.Where(bound => IsFoldOfLogitData(bound, logit.Facts)).ToList();
            if (matched.Count != 1)
            {
                return unknown;
            }

            // The fold of this logit's data: it cancels the logit only with the opposite coefficient and, for a logit
            // entering positively, as its maximum (for one entering negated, as its minimum).
            var required = logit.Coefficient > 0 ? ReductionKind.Max : ReductionKind.Min;
            var bound = matched[0];
            if (bound.Symbols != logit.Symbols)
            {
                // exp(-x / t - max(-x)): coefficients of unknown relation.
                return unknown;
            }

            mismatched |= bound.Kind != required
                || System.Math.Abs(bound.Coefficient + logit.Coefficient) > 1e-12 * System.Math.Max(1, System.Math.Abs(logit.Coefficient));
            used.Add(bound);
        }

        if (mismatched)
        {
            return (null, true);
        }

        return used.Count == bounds.Count ? (bounds.Select(bound => bound.Atom).ToList(), false) : unknown;
    }

    /// <summary>
    /// True when <paramref name="bound"/> is one value per slice of the data <paramref name="logit"/> reads. A slot or
    /// field holding the fold (<c>top[r]</c>) may evaluate without the raw data it folded: then the folded data's roots
    /// are compared, and the slot must vary with fewer loops than the logit.
    /// </summary>
    private bool IsFoldOfLogitData(NegatedFoldBound bound, ValueFacts logit)
    {
        if (bound.Facts.RawRoots.Count > 0)
        {
            return IsSliceValueOf(bound.Facts, logit);
        }

        return bound.Fold is { } fold && Eval(fold.Data).RawRoots.Overlaps(logit.RawRoots) && bound.Facts.Dims.Count < logit.Dims.Count
            && bound.Facts.Dims.Keys.All(logit.Dims.ContainsKey);
    }

    /// <summary>The symbolic factors (sorted, joined) and the signed product of the numeric ones.</summary>
    private static (string Symbols, double Coefficient) SplitCoefficient(List<string> factors, bool negative)
    {
        var numeric = factors.Where(factor => NumericProduct(new List<string> { factor }) is not null).ToList();
        var symbols = string.Join("*", factors.Except(numeric).OrderBy(factor => factor, System.StringComparer.Ordinal));
        return (symbols, (NumericProduct(numeric) ?? 1) * (negative ? -1 : 1));
    }

    /// <summary>
    /// The reductions of the negated folds that shift <paramref name="exp"/> and are not already among its subtracted
    /// shifts (<c>exp(x + min(-x))</c> adds its shift): judged for their axis like any shift (LG0001 over the whole batch).
    /// </summary>
    private IEnumerable<Reduction> NegatedFoldShiftReductions(IOperation exp)
    {
        foreach (var atom in NegatedFoldShifts(exp) ?? Enumerable.Empty<IOperation>())
        {
            if (!ExpArgument(exp).Shifts.Any(shift => Unwrap(shift) == Unwrap(atom)) && ReductionAt(atom, UseOf(exp)) is { } extreme)
            {
                yield return ReadAt(extreme, atom, exp);
            }
        }
    }
}
