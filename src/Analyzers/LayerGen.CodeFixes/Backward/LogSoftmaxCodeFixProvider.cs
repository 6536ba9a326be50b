using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// "Use the log-softmax of the logits" (LG0005): replaces <c>Math.Log(p[k])</c> by <c>(x[k] - m - Math.Log(s))</c>
/// with the softmax site's own max and sum (see <see cref="LogSoftmaxRewrite"/>). Not offered where the site's max
/// and sum are not visible or not the logged slice's.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LogSoftmaxCodeFixProvider))]
[Shared]
public sealed class LogSoftmaxCodeFixProvider : CodeFixProvider
{
    /// <summary>Title and equivalence key.</summary>
    public const string Title = "Use the log-softmax x - max - log(sum)";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.LogOfSoftmaxProbability);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => OneAtATimeFixAll.Create(LogSoftmaxRewrite.ApplyAsync);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (await LogSoftmaxRewrite.PlanAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => LogSoftmaxRewrite.ApplyAsync(context.Document, span, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }
}
