using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// What a slice fix deletes of the reduction it replaces: its fold statements (with loop nests left empty), plain
/// re-initialisations and its declaration — all or nothing, and only when every other read of the variable is one the
/// fix replaces. A max or sum that is still read elsewhere stays as it was.
/// </summary>
internal static class ReductionRemoval
{
    public static IReadOnlyList<SyntaxNode> Statements(SemanticModel semanticModel, Reduction reduction, ISymbol variable, IReadOnlyCollection<SyntaxNode> replacedReads)
    {
        var none = new List<SyntaxNode>();
        if (variable is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax statement } declaration } declarator)
        {
            return none;
        }

        var foldStatements = reduction.Folds.Select(fold => fold.Syntax.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault()).ToList();
        if (foldStatements.Any(fold => fold is null || fold.Parent is not (BlockSyntax or ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or IfStatementSyntax)
            || fold is IfStatementSyntax { Statement: BlockSyntax { Statements.Count: > 1 } } or IfStatementSyntax { Else: not null }))
        {
            return none;
        }

        // Every reference is a replaced read, inside a fold, the declaration, or a plain re-initialisation `v = c;`.
        var statements = new List<StatementSyntax>(foldStatements!);
        var scope = statement.Parent ?? statement;
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(name => name.Identifier.ValueText == local.Name))
        {
            if (!SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol, local)
                || replacedReads.Any(read => read.Span.Contains(identifier.Span))
                || statements.Any(fold => fold.Span.Contains(identifier.Span)))
            {
                continue;
            }

            if (ReInitialisation(semanticModel, identifier, local) is not { } reset)
            {
                return none;
            }

            statements.Add(reset);
        }

        var removals = new List<SyntaxNode>();
        foreach (var fold in statements.Distinct())
        {
            if (!declaration.Span.Contains(fold.Span) && !statement.Span.Contains(fold.Span))
            {
                removals.Add(OutermostLoopOf(fold));
            }
        }

        removals.Add(declaration.Variables.Count == 1 ? statement : declarator);
        return removals.Distinct().ToList();
    }

    /// <summary><c>v = value;</c> as a statement of its own, with a value that reads nothing written and calls nothing.</summary>
    private static StatementSyntax? ReInitialisation(SemanticModel semanticModel, IdentifierNameSyntax identifier, ILocalSymbol local)
    {
        if (identifier.Parent is AssignmentExpressionSyntax { Left: var left, Parent: ExpressionStatementSyntax statement } assignment
            && left == identifier && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression)
            && semanticModel.GetOperation(assignment.Right) is { } value && Backward.RewriteSyntax.IsPure(value)
            && !SoftmaxModel.References(value, local)
            && statement.Parent is BlockSyntax or ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax)
        {
            return statement;
        }

        return null;
    }

    /// <summary>The statement itself, or the loop nest around it whose bodies hold nothing else.</summary>
    private static SyntaxNode OutermostLoopOf(StatementSyntax statement)
    {
        SyntaxNode node = statement;
        while (node.Parent is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax
               || (node.Parent is BlockSyntax { Statements.Count: 1 } && node.Parent.Parent is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax))
        {
            node = node.Parent is BlockSyntax ? node.Parent.Parent! : node.Parent;
        }

        return node;
    }
}
