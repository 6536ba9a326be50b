using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0001: the maximum subtracted before exp spans more than the softmax axis — it folds dimensions the sum does
/// not (a batch-wide max over a per-row sum), is never reset per slice, is a running max read mid-way, or belongs
/// to another slice than the one it is subtracted from, or walks a whole block or dimension around a window the
/// slice is moved along (one decision with LG0004: <see cref="SoftmaxModel.SpanOf"/>). A softmax whose maximum, sum and division all span one whole
/// buffer is consistent and is LG0008 instead (<see cref="WholeBufferSoftmaxRule"/>); <see cref="IsTooWide"/> still
/// calls its maximum too wide for a row, which is what the LG0008 fix repairs. A maximum over another axis than the
/// sum's is LG0004 only (<see cref="MismatchedAxesRule"/>), even when it is also carried across slices: one root cause,
/// one diagnostic, and LG0004's repair (the maximum over the sum's axis, per slice) also resets it.
/// </summary>
internal sealed class GlobalMaxRule : SoftmaxRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.GlobalMaxInBatchSoftmax;

    /// <inheritdoc />
    protected override bool ReportsAtHelperCall => true;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        var reported = new HashSet<IOperation>();
        foreach (var site in model.Sites)
        {
            var axes = site.Axes(model.Classes);
            var unrolled = IsUnrolledSlice(model, site, axes);
            if (!(axes.SumIsAnchored || unrolled) || WholeBufferSoftmaxRule.IsWholeBuffer(model, site, axes))
            {
                continue;
            }

            foreach (var (max, axis, stale) in unrolled ? axes.Maxima : AnchoredMaxima(axes))
            {
                if (unrolled ? SpansSliceLoops(max, axis, stale, axes) : IsTooWide(model, max, axis, stale, axes, site))
                {
                    var (verb, folded, advice) = ShiftWords(max);
                    foreach (var diagnostic in AtFolds(model, max, site, reported, max.Name, BufferName(model, site, axis, max.Name), verb, folded, advice))
                    {
                        yield return diagnostic;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A slice whose axis is unrolled into a written-out sum (<c>z = eb + ef</c> of <c>scores[o]</c>, <c>scores[o + 1]</c>
    /// inside the anchor loop): the sum folds no loop, so every loop of the site picks a slice, and a maximum folded over
    /// any of them (one peak over every anchor's scores) spans more than the slice.
    /// </summary>
    private static bool IsUnrolledSlice(SoftmaxModel model, SoftmaxSite site, SiteAxes axes) =>
        axes.Sum.Count == 0 && axes.Site.Count > 0 && model.IsWrittenOutSum(site.Sum);

    /// <summary>
    /// For an unrolled slice: the maximum folds, or is carried across, a loop that picks the slice (its axis or its
    /// stale dimensions meet the site's). A maximum over the unrolled class axis alone (a loop over the few classes
    /// of the slice, reset for each) is the slice's own. A minimum of unknown sign is not judged.
    /// </summary>
    private static bool SpansSliceLoops(Reduction max, HashSet<DimensionAtom> axis, HashSet<DimensionAtom> stale, SiteAxes axes) =>
        !max.SignUnknown && (axis.Overlaps(axes.Site) || stale.Overlaps(axes.Site));

    /// <summary>The predicate (<see cref="SoftmaxModel.SpanOf"/>), separate so the code fix asks the same question.</summary>
    public static bool IsTooWide(SoftmaxModel model, Reduction max, HashSet<DimensionAtom> axis, HashSet<DimensionAtom> stale, SiteAxes axes, SoftmaxSite site) =>
        model.SpanOf(site, axes, max, axis, stale) == ShiftSpan.TooWide;
}
