using System.Collections.Generic;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0004: the maximum subtracted in a softmax's exps and the sum it divides by run over different axes (neither
/// contains the other): a max per row with a sum per column. A max that merely spans more is LG0001. Also a max and a
/// sum over the same dimension whose loops have certain, different extents (the max over the first <c>channels</c>
/// entries of a row, the sum over the whole flat width), and a minimum of unknown sign in the exponent that varies
/// along the softmax axis. Never on a whole-buffer softmax (LG0008). One decision with LG0001: <see cref="SoftmaxModel.SpanOf"/>.
/// </summary>
internal sealed class MismatchedAxesRule : SoftmaxRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.MismatchedSoftmaxAxes;

    /// <inheritdoc />
    protected override bool ReportsAtHelperCall => true;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        var reported = new HashSet<IOperation>();
        foreach (var site in model.Sites)
        {
            var axes = site.Axes(model.Classes);
            if (!axes.SumIsAnchored || WholeBufferSoftmaxRule.IsWholeBuffer(model, site, axes))
            {
                continue;
            }

            foreach (var (max, axis, stale) in AnchoredMaxima(axes))
            {
                if (model.SpanOf(site, axes, max, axis, stale) == ShiftSpan.OtherAxis)
                {
                    var (verb, folded, _) = ShiftWords(max);
                    foreach (var diagnostic in AtFolds(model, max, site, reported, max.Name, BufferName(model, site, axis, max.Name), site.Sum.Name, verb, folded))
                    {
                        yield return diagnostic;
                    }
                }
            }
        }
    }
}
