using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A maximum plus a term that is one number while the maximum's fold walks: for such a <c>t</c>,
/// <c>t + max_k x_k = max_k (t + x_k)</c>, and the same for <c>max + t</c> and <c>t - (-max)</c>. A stored per-model
/// peak <c>peak[m] = pr[m] + ev[m].Max()</c> (HeldOut62's <c>ModelAveraging_ModelMajorJagged</c>) is therefore the
/// maximum of the shifted values <c>pr[m] + ev[m][d]</c> over the datasets <c>d</c>: its span is the fold's span, judged
/// against the softmax axis like a plain maximum (here LG0004: the sum runs over the models), and the term subtracted at
/// the exp (<c>exp(pr[m] + ev[m][d] - (pr[m] + peak[m]))</c>) is the same. A term read where the sum is evaluated is
/// constant over a fold that is complete there (an inline <c>.Max()</c>, a fold finished before the read); a maximum
/// still accumulating at the read (a running maximum) is not read this way. A term that is itself a sum, a minimum, a
/// probability, an exp or a log (<c>max + log Σ exp(x - max)</c> is a log-sum-exp, read by LogSumExps.cs) is no offset.
/// A sum of two maxima (<c>b.Max() + a[i].Max()</c>) bounds over the UNION of their walks, never tighter than the wider
/// one: it is combined like two definitions of one variable, each addend reported on its own (SoftmaxRule.WidestFolds).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The maximum <paramref name="offset"/> reads at <paramref name="use"/> when it is a complete maximum plus a term
    /// constant over its walk (see the type remarks) or a sum of two complete maxima; null for anything else.
    /// </summary>
    private Reduction? OffsetMaximum(IBinaryOperation offset, IOperation use)
    {
        if (AddedOperands(offset) is not var (first, second))
        {
            return null;
        }

        var left = ReductionAt(first, use);
        var right = ReductionAt(second, use);
        var leftMax = IsCompleteMaximum(left);
        var rightMax = IsCompleteMaximum(right);
        if (leftMax && rightMax)
        {
            // b.Max() + a[i].Max(): a bound over both walks.
            return Reduction.Combine(new[] { left!.AsAddend(), right!.AsAddend() });
        }

        var (max, term, termReduction) = leftMax ? (left!, second, right) : rightMax ? (right!, first, left) : default;
        if (max is null || termReduction is not null || !IsOffsetTerm(term))
        {
            return null;
        }

        // The shifted values read the term's data too: a maximum of pr[m] + ev[m][d] is a maximum of that data.
        return max.WithElements(max.Elements.With(rawRoots: max.Elements.RawRoots.Union(Eval(term).RawRoots)));
    }

    /// <summary>
    /// <c>ev.Select((row, m) =&gt; pr[m] + row.Max())</c>: the maximum a mapping lambda returns plus a term constant over
    /// its walk (one <c>return</c>, the term no fold itself), with the term's data among what it folds; else null.
    /// </summary>
    private (IInvocationOperation Fold, WholeReductionInfo Info)? MappedOffsetMaximum(IAnonymousFunctionOperation lambda)
    {
        var returns = lambda.Body.Descendants().OfType<IReturnOperation>().Where(ret => EnclosingLambda(ret) == lambda).ToList();
        if (returns.Count != 1 || Unwrap(returns[0].ReturnedValue) is not IBinaryOperation offset || AddedOperands(offset) is not var (first, second))
        {
            return null;
        }

        foreach (var (folded, term) in new[] { (first, second), (second, first) })
        {
            if (Unwrap(folded) is IInvocationOperation fold && WholeReduction(fold) is { Kind: ReductionKind.Max } whole
                && !(Unwrap(term) is IInvocationOperation other && WholeReduction(other) is not null) && IsOffsetTerm(term))
            {
                var elements = whole.Elements.With(rawRoots: whole.Elements.RawRoots.Union(Eval(term).RawRoots));
                return (fold, new WholeReductionInfo(whole.Kind, whole.Atoms, elements, whole.FixedDims, whole.Folds, whole.StaleAtoms, whole.Extents));
            }
        }

        return null;
    }

    /// <summary>
    /// The two values <paramref name="offset"/> adds: <c>a + b</c>, or <c>a - (-b)</c> (a negated maximum subtracted);
    /// null for any other operation.
    /// </summary>
    private static (IOperation First, IOperation Second)? AddedOperands(IBinaryOperation offset) =>
        offset.OperatorKind switch
        {
            BinaryOperatorKind.Add => (offset.LeftOperand, offset.RightOperand),
            BinaryOperatorKind.Subtract when Unwrap(offset.RightOperand) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated } =>
                (offset.LeftOperand, negated),
            _ => null,
        };

    /// <summary>
    /// True for a written-out offset form (<c>a + b</c>, <c>a - (-b)</c>): what a stored peak <c>peak[m] = pr[m] + ev[m].Max()</c>
    /// may be, read where it is stored (ReductionAt decides whether it is a maximum).
    /// </summary>
    private static bool IsOffsetForm(IOperation? value) =>
        Unwrap(value) is IBinaryOperation binary && AddedOperands(binary) is not null;

    /// <summary>
    /// True when <paramref name="value"/>, written at <paramref name="write"/>, is a maximum plus an offset or a sum of
    /// maxima: one maximum, not split into its addends (each judged apart would call the row's <c>b.Max()</c> of
    /// <c>b.Max() + a[i].Max()</c> a maximum of another axis).
    /// </summary>
    private bool IsOffsetMaximumValue(IOperation value, IOperation write) =>
        IsOffsetForm(value) && IsCompleteMaximum(ReductionAt(value, write));

    /// <summary>A maximum of known sign, complete where it is read (not a running maximum still folding there).</summary>
    private static bool IsCompleteMaximum(Reduction? reduction) =>
        reduction is { Kind: ReductionKind.Max, IsPartial: false, SignUnknown: false };

    /// <summary>
    /// True when <paramref name="term"/> is one number added to a maximum without changing what it bounds: no exp, no
    /// probability, no log (a log-partition makes a log-sum-exp), and (checked by the caller) no reduction itself.
    /// </summary>
    private bool IsOffsetTerm(IOperation? term)
    {
        if (Unwrap(term) is not { } value || !WellKnownSymbols.IsNumeric(value.Type))
        {
            return false;
        }

        var facts = Eval(value);
        return facts.Exps.Count == 0 && !facts.IsProbability
            && !value.DescendantsAndSelf().Any(operation => operation is IInvocationOperation call && Symbols.IsLog(call.TargetMethod));
    }
}
