using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// A fold or exp of a log-softmax site (<c>x - m - log Σ exp(x - m)</c>) shared with a division site is not rewritten
/// for the division alone; and a log-softmax's too-wide sum (LG0002) gets no fix. The maximum fixes of log-softmaxes
/// (LG0003 <see cref="LogSumCompensation"/>, LG0001/LG0004 in <see cref="SliceMaximumPlan"/>) check their own site.
/// Documented on the LG0001–LG0004 pages.
/// </summary>
internal static class LogSoftmaxGuard
{
    /// <summary>True when a log-softmax site folds its sum or a maximum at <paramref name="span"/>, or exponentiates there.</summary>
    public static bool Involves(SoftmaxModel model, TextSpan span) =>
        model.Sites.Any(site => site.IsLogSoftmax
            && (site.Sum.Folds.Any(fold => fold.Syntax.Span == span)
                || site.Maxima.Any(max => max.Folds.Any(fold => fold.Syntax.Span == span))
                || site.Exps.Any(exp => exp.Syntax.Span.Contains(span) || span.Contains(exp.Syntax.Span))));
}
