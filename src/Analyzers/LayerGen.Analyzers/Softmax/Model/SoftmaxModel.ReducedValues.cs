using System.Linq;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The value of one call folding a whole view (<c>row.Max()</c>, <c>row.Sum()</c>, <c>x.Min(f)</c>, <c>Aggregate</c>):
/// one number per picked slice, made of what it folds. A max, min or sum of raw logits is itself a raw logit (a
/// max-pooled or sum-pooled score, <c>g.Select(row =&gt; row.Max())</c>, overflows exp just as its elements do); a fold
/// of shifted values stays shifted. It varies with the loops that picked the view (the projection's element), not
/// with the folded axis. A fold of exps is a normaliser, not an exp: its value carries no exps (a log of it is a
/// log-partition, read by the log-softmax sites, not an exp of data).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private ValueFacts ReducedValue(IInvocationOperation call) =>
        WholeReduction(call) is { } whole
            ? whole.Elements.With(dims: whole.FixedDims, exps: ValueFacts.Empty.Exps, isProbability: false)
            : ProjectedFold(call) ?? ValueFacts.Empty;

    /// <summary>
    /// <c>tokens.Sum(t =&gt; d.GetValueOrDefault(t))</c>, <c>keys.Select(k =&gt; w[k]).Max()</c>: a LINQ sum, max or min of
    /// what a selector returns for each element of a collection that holds no numbers (words, keys, records the model
    /// does not read as a buffer). The collection only picks which values are folded; the fold is made of the selector's
    /// values, one number per evaluation (not varying with the selector's own walk). Null for anything else.
    /// </summary>
    private ValueFacts? ProjectedFold(IInvocationOperation call)
    {
        if (WholeReductionKind(call) is null || call.Arguments.Length == 0)
        {
            return null;
        }

        var receiver = Unwrap(call.Instance ?? call.Arguments[0].Value);
        var selector = call.Arguments.Length == 2 ? LambdaArgument(call) : null;
        if (selector is null && receiver is IInvocationOperation { Arguments.Length: 2 } select && Symbols.IsEnumerable(select.TargetMethod, "Select"))
        {
            // keys.Select(k => w[k]).Sum(): the projection's values.
            receiver = Unwrap(select.Arguments[0].Value);
            selector = LambdaArgument(select);
        }

        if (selector is null || selector.Symbol.Parameters.Length != 1 || EvalView(receiver) is not null)
        {
            return null;
        }

        var folded = ReturnedFacts(selector);
        return folded.With(dims: folded.Dims.Remove(selector), exps: ValueFacts.Empty.Exps, isProbability: false);
    }
}
