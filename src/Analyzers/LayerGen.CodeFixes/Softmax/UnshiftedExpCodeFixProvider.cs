using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// LG0003 fixes. "Subtract the maximum" computes the maximum over the softmax slice and subtracts it inside every
/// unshifted exp of the site (<see cref="MaxShiftPlan"/> for loops, <see cref="LinqMaxShiftPlan"/> for
/// <c>Select(Math.Exp)</c>). "Use LayerGen.Softmax.Forward" replaces a
/// <c>TensorPrimitives.SoftMax(x, y)</c> call when the LayerGen runtime is referenced. Neither is offered where it
/// cannot be shown to compute the same softmax.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnshiftedExpCodeFixProvider))]
[Shared]
public sealed class UnshiftedExpCodeFixProvider : CodeFixProvider
{
    /// <summary>Title and equivalence key of the loop fix.</summary>
    public const string SubtractMaximumTitle = "Subtract the maximum before exp";

    /// <summary>Title and equivalence key of the library-call fix.</summary>
    public const string UseLayerGenSoftmaxTitle = "Use LayerGen.Softmax.Forward";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnshiftedSoftmaxExp);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(static async (context, document, diagnostics) =>
            await FixAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Fixes every diagnostic of a document, one after another: each exp is marked first, and re-planned on the
    /// current text (one rewrite of a site shifts all of its exps, so the later marks find nothing left to do).
    /// </summary>
    private static async Task<Document> FixAllAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var marks = new List<SyntaxAnnotation>();
        var nodes = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (var diagnostic in diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (!nodes.ContainsKey(node))
            {
                var mark = new SyntaxAnnotation("LayerGenLG0003");
                nodes[node] = mark;
                marks.Add(mark);
            }
        }

        var current = document.WithSyntaxRoot(root.ReplaceNodes(nodes.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(nodes[original])));
        foreach (var mark in marks)
        {
            var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await current.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (currentRoot?.GetAnnotatedNodes(mark).FirstOrDefault() is not { } node || model is null)
            {
                continue;
            }

            if (node is InvocationExpressionSyntax call && LibrarySoftmaxRewriter.CanRewrite(model, call, cancellationToken))
            {
                current = await LibrarySoftmaxRewriter.RewriteAsync(current, call, cancellationToken).ConfigureAwait(false);
            }
            else if (node is InvocationExpressionSyntax && MaxShiftPlan.TryCreate(model, node, cancellationToken) is not null)
            {
                current = await MaxShiftRewriter.RewriteAsync(current, node.Span, cancellationToken).ConfigureAwait(false);
            }
            else if (LinqMaxShiftPlan.TryCreate(model, node, cancellationToken) is not null)
            {
                current = await LinqMaxShiftRewriter.RewriteAsync(current, node.Span, cancellationToken).ConfigureAwait(false);
            }
        }

        return current;
    }

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is InvocationExpressionSyntax call && LibrarySoftmaxRewriter.CanRewrite(model, call, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(UseLayerGenSoftmaxTitle, token => LibrarySoftmaxRewriter.RewriteAsync(context.Document, call, token), UseLayerGenSoftmaxTitle),
                    diagnostic);
            }
            else if (node is InvocationExpressionSyntax && MaxShiftPlan.TryCreate(model, node, context.CancellationToken) is not null)
            {
                var span = node.Span;
                context.RegisterCodeFix(
                    CodeAction.Create(SubtractMaximumTitle, token => MaxShiftRewriter.RewriteAsync(context.Document, span, token), SubtractMaximumTitle),
                    diagnostic);
            }
            else if (LinqMaxShiftPlan.TryCreate(model, node, context.CancellationToken) is not null)
            {
                var span = node.Span;
                context.RegisterCodeFix(
                    CodeAction.Create(SubtractMaximumTitle, token => LinqMaxShiftRewriter.RewriteAsync(context.Document, span, token), SubtractMaximumTitle),
                    diagnostic);
            }
        }
    }
}
