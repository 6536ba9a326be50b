using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// A code fix that plans a rewrite at the diagnostic and applies it: offered only when the plan exists, re-planned on
/// the current text when applied, and fixed one diagnostic at a time in Fix All (see <see cref="OneAtATimeFixAll"/>).
/// The LG0005–LG0007 providers differ only in their diagnostic, title and planner.
/// </summary>
public abstract class PlannedRewriteCodeFixProvider : CodeFixProvider
{
    private readonly string _title;

    private protected PlannedRewriteCodeFixProvider(string diagnosticId, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => OneAtATimeFixAll.Create(ApplyAsync);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (await PlanAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false) is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(_title, token => ApplyAsync(context.Document, span, token), equivalenceKey: _title), diagnostic);
            }
        }
    }

    /// <summary>The rewrite of the diagnostic at <paramref name="span"/>, or null when it cannot be shown to apply.</summary>
    private protected abstract Task<IRewritePlan?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken);

    private async Task<Document> ApplyAsync(Document document, TextSpan span, CancellationToken cancellationToken) =>
        await PlanAsync(document, span, cancellationToken).ConfigureAwait(false) is { } plan
            ? await plan.ApplyAsync(cancellationToken).ConfigureAwait(false)
            : document;
}
