using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The additive normal form's positive verdict (AdditiveTerms.cs) where reading the exponent needs one of two rewrites
/// the subtracted-shift reading does not make: an extreme of negated data read as the negated opposite extreme
/// (NegatedExtremes.cs: <c>exp(x + min(-x))</c> is <c>exp(x - max x)</c>, <c>exp(-(d + max(-d)))</c> is
/// <c>exp(min d - d)</c>), or a copy of a complete extreme read as the extreme (<c>m2 = m</c> after the fold:
/// <c>exp(x - 2 * m + m2)</c> is <c>exp(x - m)</c>). Terms of the same atom add their numeric coefficients; each logit
/// (elementwise data, nothing subtracted) with net coefficient c must then be matched by exactly one per-slice extreme
/// of its data with net −c: a maximum for c &gt; 0 (judged like a subtracted maximum: not of other data, not started at
/// a finite constant), a minimum for c &lt; 0. Any other data term, an extreme still folding where the exp reads it, or a
/// mismatch gives no verdict (the other readings decide).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>One additive term after the rewrites: its coefficient split into a number and the symbols beside it.</summary>
    private sealed class ProvenTerm
    {
        public ProvenTerm(IOperation atom, double coefficient, string symbols, ReductionKind? extreme, bool negatedExtreme, ValueFacts facts)
        {
            Atom = atom;
            Coefficient = coefficient;
            Symbols = symbols;
            Extreme = extreme;
            NegatedExtreme = negatedExtreme;
            Facts = facts;
        }

        public IOperation Atom { get; }

        public double Coefficient { get; set; }

        public string Symbols { get; }

        public ReductionKind? Extreme { get; }

        public bool NegatedExtreme { get; }

        public ValueFacts Facts { get; }
    }

    /// <summary>Memoised: the negated extremes that shift each proven exp (empty for a proof by copies alone), null when unproven.</summary>
    private readonly Dictionary<IOperation, List<IOperation>?> _provenShiftForms = new();

    private readonly CycleGuard<IOperation> _provenFormsInProgress = new();

    /// <summary>True when <paramref name="exp"/>'s exponent is shifted by its slice's extreme once rewritten (see the type remarks).</summary>
    private bool HasProvenShiftForm(IOperation exp) => ProvenNegatedExtremes(exp) is not null;

    /// <summary>The negated extremes of a proven exponent (read as the extremes they negate), null when unproven.</summary>
    private List<IOperation>? ProvenNegatedExtremes(IOperation exp)
    {
        EnsureMemosCurrent();
        if (_provenShiftForms.TryGetValue(exp, out var known))
        {
            return known;
        }

        if (!_provenFormsInProgress.TryEnter(exp, _cycles))
        {
            return null;
        }

        var scope = _cycles.Begin();
        try
        {
            known = ComputeProvenNegatedExtremes(exp);
        }
        finally
        {
            _provenFormsInProgress.Exit(exp);
        }

        if (_cycles.End(scope))
        {
            _provenShiftForms[exp] = known;
        }

        return known;
    }

    private List<IOperation>? ComputeProvenNegatedExtremes(IOperation exp)
    {
        if (exp is not IInvocationOperation call || NegatesExponent(call) || HelperExponent(call) is not null || MemberExpExponent(call) is not null
            || ExpOperand(call) is not { } exponent)
        {
            return null;
        }

        var terms = new List<AdditiveTerm>();
        if (!CollectAdditiveTerms(exponent, negative: false, new List<string>(), terms, depth: 0) || terms.Count < 2)
        {
            return null;
        }

        var rewritten = false;
        var groups = new Dictionary<string, ProvenTerm>();
        foreach (var term in terms)
        {
            var atom = CompleteCopySource(term.Atom, exp) ?? term.Atom;
            rewritten |= atom != term.Atom;
            var negative = term.Negative;
            var factors = Factors(term.Coefficient);
            ReductionKind? extreme = null;
            var negatedExtreme = false;
            if (NegatedExtreme(atom) is { } negated)
            {
                negative = !negative;
                factors.AddRange(Factors(negated.Coefficient));
                extreme = negated.Kind;
                negatedExtreme = rewritten = true;
            }
            else if (ReductionAt(atom, UseOf(exp)) is { Kind: ReductionKind.Max or ReductionKind.Min } reduction)
            {
                extreme = reduction.Kind;
            }
            else if (IsExtremeCall(atom))
            {
                // Max(c, -0.5 * nearest): an extreme of expressions carries coefficients the form does not read.
                return null;
            }

            if (extreme is not null && ReductionAt(atom, UseOf(exp)) is not { IsPartial: false })
            {
                return null;
            }

            var numeric = factors.Where(factor => NumericProduct(new List<string> { factor }) is not null).ToList();
            var symbols = string.Join("*", factors.Except(numeric).OrderBy(factor => factor, System.StringComparer.Ordinal));
            var coefficient = (NumericProduct(numeric) ?? 1) * (negative ? -1 : 1);
            var facts = Eval(atom);
            if (facts.IsOpaque || facts.IsProbability || facts.Exps.Count > 0)
            {
                return null;
            }

            var key = AtomKey(atom) + "|" + symbols + "|" + negatedExtreme;
            if (groups.TryGetValue(key, out var group))
            {
                group.Coefficient += coefficient;
            }
            else
            {
                groups[key] = new ProvenTerm(atom, coefficient, symbols, extreme, negatedExtreme, facts);
            }
        }

        return rewritten ? MatchedNegatedExtremes(groups.Values.Where(group => System.Math.Abs(group.Coefficient) > 1e-12).ToList(), exp) : null;
    }

    /// <summary>
    /// The negated extremes among <paramref name="terms"/> when every logit is matched by one extreme of its data with
    /// the opposite net coefficient and the right direction, and no other data term is left; null otherwise.
    /// </summary>
    private List<IOperation>? MatchedNegatedExtremes(List<ProvenTerm> terms, IOperation exp)
    {
        var logits = terms.Where(term => term.Extreme is null && term.Facts.RawRoots.Count > 0 && term.Facts.Dims.Count > 0 && term.Facts.Shifts.Count == 0).ToList();
        if (logits.Count == 0)
        {
            return null;
        }

        var used = new HashSet<ProvenTerm>(logits);
        foreach (var logit in logits)
        {
            var bounds = terms.Where(term => !logits.Contains(term) && term.Symbols == logit.Symbols && IsSliceValueOf(term.Facts, logit.Facts)).ToList();
            if (bounds.Count != 1 || System.Math.Abs(bounds[0].Coefficient + logit.Coefficient) > 1e-12 * System.Math.Max(1, System.Math.Abs(logit.Coefficient)))
            {
                return null;
            }

            var bound = bounds[0];
            var required = logit.Coefficient > 0 ? ReductionKind.Max : ReductionKind.Min;
            if (bound.Extreme != required || !bound.NegatedExtreme && required == ReductionKind.Max && IsKnownNonMaximumValue(bound.Atom, exp))
            {
                return null;
            }

            used.Add(bound);
        }

        // Data beside the shifted logits (a bias, another buffer's element) is left to the other readings.
        if (terms.Any(term => !used.Contains(term) && (term.Facts.RawRoots.Count > 0 || term.Facts.Dims.Count > 0)))
        {
            return null;
        }

        return used.Where(term => term.NegatedExtreme).Select(term => term.Atom).ToList();
    }

    /// <summary>
    /// The read of <c>m</c> when <paramref name="atom"/> is a local written once as a copy of it (<c>double m2 = m;</c>)
    /// and the same writes of <c>m</c> reach the copy and <paramref name="exp"/> (the copy holds the value the exp
    /// would read); null otherwise.
    /// </summary>
    private IOperation? CompleteCopySource(IOperation atom, IOperation exp)
    {
        if (Unwrap(atom) is not ILocalReferenceOperation { Local: var copy } || WritesOf(copy) is not { Count: 1 } copies
            || copies[0].Operation is not IVariableDeclaratorOperation || Unwrap(copies[0].Value) is not ILocalReferenceOperation { Local: var source } read
            || SymbolEqualityComparer.Default.Equals(source, copy) || WritesOf(source) is not { Count: > 0 } writes)
        {
            return null;
        }

        var kills = writes.Select(write => write.Operation).ToList();
        var use = UseOf(exp);
        var atCopy = writes.Where(write => Flow.Reaches(write.Operation, read, kills)).Select(write => write.Operation).ToList();
        var atExp = writes.Where(write => Flow.Reaches(write.Operation, use, kills)).Select(write => write.Operation).ToList();
        return atCopy.Count > 0 && atCopy.Count == atExp.Count && atCopy.All(atExp.Contains) ? read : null;
    }
}
