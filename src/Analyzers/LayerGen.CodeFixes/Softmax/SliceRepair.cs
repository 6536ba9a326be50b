using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// Repairs one softmax site whose max or sum spans the wrong slice (LG0001, LG0002, LG0004), or a whole-buffer softmax
/// the user means per row (LG0008): first the sum, when it is too wide (<see cref="SliceSumPlan"/>), then the maximum
/// (<see cref="SliceMaximumPlan"/>) — the one diagnosed, or, for LG0002 and LG0008, every too-wide maximum of the
/// site — each planned again on the text the previous step left. A site with both bugs is repaired whole by either
/// fix; LG0008 is repaired whole or not at all (a per-row sum under a batch maximum would trade it for LG0001). Null
/// when the diagnosed reduction cannot be repaired, and for the sum of a log-softmax (its fix is left to the user).
/// </summary>
internal static class SliceRepair
{
    public static async Task<Document?> RepairAsync(Document document, string diagnosticId, TextSpan foldSpan, CancellationToken cancellationToken)
    {
        if (await MethodModel.CreateAsync(document, foldSpan, cancellationToken).ConfigureAwait(false) is not { } method)
        {
            return null;
        }

        // LG0008 is reported at the sum like LG0002 and repaired the same way, but whole: per-row sum and every maximum.
        var isWhole = diagnosticId == RuleIdentifiers.WholeBufferSoftmax;
        var isSum = diagnosticId == RuleIdentifiers.GlobalSumInBatchSoftmax || isWhole;
        // The site the diagnostic came from: LG0008 only on whole-buffer sites, the others never (a max shared by two
        // sites may be LG0001 for one of them).
        var site = method.Model.Sites.FirstOrDefault(candidate => (isSum
            ? candidate.Sum.Folds.Any(fold => fold.Syntax.Span == foldSpan)
            : candidate.Maxima.Any(max => max.Folds.Any(fold => fold.Syntax.Span == foldSpan)))
            && isWhole == WholeBufferSoftmaxRule.IsWholeBuffer(method.Model, candidate, candidate.Axes(method.Model.Classes)));
        // A log-softmax's maximum is repaired (SliceMaximumPlan also moves its reads in the output); its sum is not.
        if (site is null || (site.IsLogSoftmax ? isSum : LogSoftmaxGuard.Involves(method.Model, foldSpan)))
        {
            return null;
        }

        var axes = site.Axes(method.Model.Classes);
        var wideSum = GlobalSumRule.IsTooWide(site, axes);
        if (isSum && !wideSum)
        {
            return null;
        }

        // Mark the maxima to rewrite after the sum: their spans move when the sum's statements change.
        var maxFolds = isSum
            ? axes.Maxima.Where(entry => GlobalMaxRule.IsTooWide(method.Model, entry.Max, entry.Axis, entry.Stale, axes, site)).Select(entry => entry.Max.Folds[0].Syntax.Span).Distinct().ToList()
            : new List<TextSpan> { foldSpan };
        var marks = new List<SyntaxAnnotation>();
        var marked = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (var span in maxFolds)
        {
            var node = method.Root.FindNode(span, getInnermostNodeForTie: true);
            if (!marked.ContainsKey(node))
            {
                marked[node] = new SyntaxAnnotation("LayerGenSliceMax");
                marks.Add(marked[node]);
            }
        }

        var current = document.WithSyntaxRoot(method.Root.ReplaceNodes(marked.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marked[original])));
        if (wideSum)
        {
            var sumMethod = await MethodModel.CreateAsync(current, site.Sum.Folds[0].Syntax.Span, cancellationToken).ConfigureAwait(false);
            if (sumMethod is null || SliceSumPlan.TryCreate(sumMethod, site.Sum.Folds[0].Syntax.Span) is null)
            {
                return null;
            }

            current = await SliceSumRewriter.RewriteAsync(current, site.Sum.Folds[0].Syntax.Span, cancellationToken).ConfigureAwait(false);
        }

        foreach (var mark in marks)
        {
            var root = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await current.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var fold = root?.GetAnnotatedNodes(mark).FirstOrDefault();
            if (fold is null || model is null || SliceMaximumPlan.TryCreate(model, fold, cancellationToken) is null)
            {
                if (isSum && !isWhole)
                {
                    continue;
                }

                return null;
            }

            current = await SliceMaximumRewriter.RewriteAsync(current, fold.Span, cancellationToken).ConfigureAwait(false);
        }

        return current;
    }

    /// <summary>
    /// Fix All: every diagnostic's node is marked, then repaired one after another on the current text (a repaired site
    /// takes its other diagnostics with it; their marks then find nothing left to do).
    /// </summary>
    public static async Task<Document> RepairAllAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var marks = new List<(SyntaxAnnotation Mark, string Id)>();
        var nodes = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start))
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (!nodes.ContainsKey(node))
            {
                nodes[node] = new SyntaxAnnotation("LayerGenSliceFixAll");
                marks.Add((nodes[node], diagnostic.Id));
            }
        }

        var current = document.WithSyntaxRoot(root.ReplaceNodes(nodes.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(nodes[original])));
        foreach (var (mark, id) in marks)
        {
            var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (currentRoot?.GetAnnotatedNodes(mark).FirstOrDefault() is { } node
                && await RepairAsync(current, id, node.Span, cancellationToken).ConfigureAwait(false) is { } repaired)
            {
                current = repaired;
            }
        }

        return current;
    }
}
