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
            : ValueFacts.Empty;
}
