using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers.BatchSoftmax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.BatchSoftmax;

/// <summary>Finds the method around a diagnostic, plans its per-row rewrite and applies it to the syntax tree.</summary>
internal static class PerRowRewriter
{
    /// <summary>The member (or compilation unit, for top-level statements) whose operation block the analyzer saw.</summary>
    public static SyntaxNode? BodyOwner(SyntaxNode node)
    {
        SyntaxNode? owner = null;
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    owner = ancestor;
                    break;
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                    return unit;
            }
        }

        return owner;
    }

    /// <summary>The plan for the method containing <paramref name="diagnosticSpan"/>, or null when there is nothing to fix safely.</summary>
    public static async Task<PerRowRewritePlan?> TryPlanAsync(Document document, TextSpan diagnosticSpan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var owner = BodyOwner(root.FindNode(diagnosticSpan, getInnermostNodeForTie: true));
        return owner is null ? null : Plan(owner, model, diagnosticSpan, cancellationToken);
    }

    /// <summary>Rewrites the method containing <paramref name="diagnosticSpan"/>; returns the document unchanged when no fix applies.</summary>
    public static async Task<Document> RewriteAsync(Document document, TextSpan diagnosticSpan, CancellationToken cancellationToken)
    {
        var plan = await TryPlanAsync(document, diagnosticSpan, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return document;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return await CleanUpAsync(document.WithSyntaxRoot(Apply(root!, plan)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rewrites every method of the document that holds one of <paramref name="diagnostics"/>, one method at a time.</summary>
    public static async Task<Document> RewriteAllAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Mark each affected method with the diagnostic spans it holds, then fix the methods one after another.
        var owners = new Dictionary<SyntaxNode, TextSpan>();
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start))
        {
            if (BodyOwner(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is { } owner && !owners.ContainsKey(owner))
            {
                owners[owner] = diagnostic.Location.SourceSpan;
            }
        }

        var annotations = owners.Keys.ToDictionary(owner => owner, _ => new SyntaxAnnotation("LayerGenPerRow"));
        var current = document.WithSyntaxRoot(root.ReplaceNodes(owners.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original])));
        var changed = false;
        foreach (var annotation in annotations.Values)
        {
            var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await current.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var owner = currentRoot?.GetAnnotatedNodes(annotation).FirstOrDefault();
            if (currentRoot is null || model is null || owner is null)
            {
                continue;
            }

            if (Plan(owner, model, diagnosticSpan: null, cancellationToken) is { } plan)
            {
                current = current.WithSyntaxRoot(Apply(currentRoot, plan));
                changed = true;
            }
        }

        return changed ? await CleanUpAsync(current, cancellationToken).ConfigureAwait(false) : document;
    }

    private static PerRowRewritePlan? Plan(SyntaxNode owner, SemanticModel model, TextSpan? diagnosticSpan, CancellationToken cancellationToken)
    {
        var operation = model.GetOperation(owner, cancellationToken);
        if (operation is null)
        {
            return null;
        }

        var symbols = SoftmaxSymbols.Create(model.Compilation);
        var findings = BatchSoftmaxFinder.Find(operation, symbols);
        if (diagnosticSpan is { } span && !findings.Any(finding => finding.Reduction.Operation.Syntax.Span == span))
        {
            return null;
        }

        return PerRowRewritePlanner.TryPlan(operation, model, symbols, findings);
    }

    /// <summary>Inserts the per-row statements first (row-loop bodies become blocks if needed), then deletes the global reductions.</summary>
    private static SyntaxNode Apply(SyntaxNode root, PerRowRewritePlan plan)
    {
        var tracked = plan.Removals
            .Concat(plan.Insertions.Select(insertion => (SyntaxNode)insertion.RowLoopBody))
            .Concat(plan.Insertions.Select(insertion => (SyntaxNode)insertion.Target));
        root = root.TrackNodes(tracked);

        foreach (var bodyGroup in plan.Insertions.GroupBy(insertion => insertion.RowLoopBody))
        {
            var body = root.GetCurrentNode(bodyGroup.Key);
            if (body is null)
            {
                continue;
            }

            var byTarget = bodyGroup
                .GroupBy(insertion => root.GetCurrentNode(insertion.Target))
                .Where(group => group.Key is not null)
                .ToDictionary(group => group.Key!, group => group.OrderBy(insertion => insertion.Order).SelectMany(insertion => insertion.Statements).ToList());

            StatementSyntax newBody;
            if (body is BlockSyntax block)
            {
                var statements = new List<StatementSyntax>();
                foreach (var statement in block.Statements)
                {
                    if (byTarget.TryGetValue(statement, out var inserted))
                    {
                        statements.AddRange(inserted);
                    }

                    statements.Add(statement);
                }

                newBody = block.WithStatements(SyntaxFactory.List(statements));
            }
            else
            {
                var statements = byTarget.Values.SelectMany(list => list).ToList();
                statements.Add(body.WithoutLeadingTrivia().WithAdditionalAnnotations(Formatter.Annotation));
                newBody = SyntaxFactory.Block(statements)
                    .WithTrailingTrivia(body.GetTrailingTrivia())
                    .WithAdditionalAnnotations(Formatter.Annotation);
            }

            root = root.ReplaceNode(body, newBody);
        }

        foreach (var removal in plan.Removals)
        {
            if (root.GetCurrentNode(removal) is { } current)
            {
                root = root.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
            }
        }

        return root;
    }

    private static async Task<Document> CleanUpAsync(Document document, CancellationToken cancellationToken)
    {
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
