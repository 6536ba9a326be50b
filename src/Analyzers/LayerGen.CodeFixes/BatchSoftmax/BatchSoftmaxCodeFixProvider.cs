using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LayerGen.CodeFixes.BatchSoftmax;

/// <summary>
/// "Use per-row maximum" (LG0001) and "Use per-row sum" (LG0002): rewrites the method so that each row takes its own
/// max and sum. Both fixes produce the same rewrite of the whole method, so applying either one to a method with
/// both bugs fixes both. No fix is offered for shapes the rewriter cannot handle with certainty.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BatchSoftmaxCodeFixProvider))]
[Shared]
public sealed class BatchSoftmaxCodeFixProvider : CodeFixProvider
{
    /// <summary>Title and equivalence key of the LG0001 fix.</summary>
    public const string PerRowMaximumTitle = "Use per-row maximum";

    /// <summary>Title and equivalence key of the LG0002 fix.</summary>
    public const string PerRowSumTitle = "Use per-row sum";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.GlobalMaxInBatchSoftmax, RuleIdentifiers.GlobalSumInBatchSoftmax);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(static async (context, document, diagnostics) =>
            await PerRowRewriter.RewriteAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (await PerRowRewriter.TryPlanAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            var title = diagnostic.Id == RuleIdentifiers.GlobalMaxInBatchSoftmax ? PerRowMaximumTitle : PerRowSumTitle;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => PerRowRewriter.RewriteAsync(context.Document, span, cancellationToken), equivalenceKey: title),
                diagnostic);
        }
    }
}
