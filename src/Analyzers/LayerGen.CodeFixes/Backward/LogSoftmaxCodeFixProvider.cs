using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// "Use the log-softmax of the logits" (LG0005): replaces <c>Math.Log(p[k])</c> by <c>(x[k] - m - Math.Log(s))</c>
/// with the softmax site's own max and sum (see <see cref="LogSoftmaxRewrite"/>). Not offered where the site's max
/// and sum are not visible or not the logged slice's.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LogSoftmaxCodeFixProvider))]
[Shared]
public sealed class LogSoftmaxCodeFixProvider : PlannedRewriteCodeFixProvider
{
    /// <summary>Title and equivalence key.</summary>
    public const string Title = "Use the log-softmax x - max - log(sum)";

    /// <summary>Creates the provider (MEF).</summary>
    public LogSoftmaxCodeFixProvider()
        : base(RuleIdentifiers.LogOfSoftmaxProbability, Title)
    {
    }

    private protected override async Task<IRewritePlan?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken) =>
        await LogSoftmaxRewrite.PlanAsync(document, span, cancellationToken).ConfigureAwait(false);
}
