using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// The softmax fixes rewrite divisions: a diagnostic whose fold or exp belongs to a log-softmax site
/// (<c>x - m - log Σ exp(x - m)</c>) gets no fix, since a new maximum would also have to be added back in its
/// log-sum-exp. Documented on the LG0001–LG0004 pages.
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
