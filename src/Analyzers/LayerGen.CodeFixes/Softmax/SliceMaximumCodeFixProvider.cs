using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using LayerGen.CodeFixes.BatchSoftmax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// "Use the maximum of each softmax slice" for LG0004, and for LG0001 where the row-major per-row rewrite
/// (<see cref="BatchSoftmaxCodeFixProvider"/>) does not apply (column-major, strided, jagged layouts): see
/// <see cref="SliceMaximumPlan"/>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SliceMaximumCodeFixProvider))]
[Shared]
public sealed class SliceMaximumCodeFixProvider : CodeFixProvider
{
    /// <summary>Title and equivalence key.</summary>
    public const string Title = "Use the maximum of each softmax slice";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.GlobalMaxInBatchSoftmax, RuleIdentifiers.MismatchedSoftmaxAxes);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (diagnostic.Id == RuleIdentifiers.GlobalMaxInBatchSoftmax
                && await PerRowRewriter.TryPlanAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            if (SliceMaximumPlan.TryCreate(model, root.FindNode(span, getInnermostNodeForTie: true), context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, token => SliceMaximumRewriter.RewriteAsync(context.Document, span, token), Title),
                    diagnostic);
            }
        }
    }
}
