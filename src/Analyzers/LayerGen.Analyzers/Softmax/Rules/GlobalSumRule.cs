using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0002: the sum divided by spans more than the softmax axis — it folds every dimension of a batch, folds more
/// than the max subtracted in its exps (also when the division is not anchored to the sum's dimensions: the max is then reset
/// inside the sum's span, <see cref="SoftmaxModel.SumsMixedShifts"/>), is never reset per slice (a running sum read mid-way), or belongs to another
/// slice than the one it divides, or an online softmax's sum left at old maxima while its accumulator is rescaled
/// (<see cref="SoftmaxModel.SumSkipsRescale"/>). A whole-buffer softmax (maximum, sum and division over the same whole buffer) is
/// LG0008 instead; <see cref="IsTooWide"/> keeps calling its sum too wide for a row (the LG0008 fix asks it).
/// </summary>
internal sealed class GlobalSumRule : SoftmaxRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.GlobalSumInBatchSoftmax;

    /// <inheritdoc />
    /// <remarks>
    /// A utility of another type summing what it is given (<c>MathUtil.Sum(frames)</c>) is right; the call that gave it
    /// the whole batch is the bug. A private helper of the softmax's own type stays reported at its fold (its corpora).
    /// </remarks>
    protected override bool ReportsAtOtherTypesHelperCall => true;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        var reported = new HashSet<IOperation>();
        foreach (var site in model.Sites)
        {
            var axes = site.Axes(model.Classes);
            if ((IsTooWide(site, axes) || model.SumsMixedShifts(site, axes) || model.SumSkipsRescale(site)) && !WholeBufferSoftmaxRule.IsWholeBuffer(model, site, axes))
            {
                foreach (var diagnostic in AtFolds(model, site.Sum, site, reported, site.Sum.Name, BufferName(model, site, axes.Site, site.Sum.Name)))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    public static bool IsTooWide(SoftmaxSite site, SiteAxes axes)
    {
        if (site.Sum.IsPartial || axes.SumStale.Overlaps(axes.Site))
        {
            return true;
        }

        return axes.SumIsAnchored
            && (axes.SumCoversBatch || AnchoredMaxima(axes).Any(entry => entry.Axis.IsProperSubsetOf(axes.Sum)));
    }
}
