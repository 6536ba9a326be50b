using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// The statements every maximum fix inserts, built as syntax: <c>T name = T.NegativeInfinity;</c> and a copy of the
/// slice's loop header folding <c>name = Math(F).Max(name, value)</c>.
/// </summary>
internal static class MaximumStatements
{
    public static SyntaxNode[] Create(SyntaxGenerator generator, Compilation compilation, ITypeSymbol elementType, string name, ForStatementSyntax loop, ExpressionSyntax value, SyntaxTrivia newLine)
    {
        var mathType = compilation.GetTypeByMetadataName(elementType.SpecialType == SpecialType.System_Single ? "System.MathF" : "System.Math")!;
        var declaration = generator.LocalDeclarationStatement(
            generator.TypeExpression(elementType),
            name,
            generator.MemberAccessExpression(generator.TypeExpression(elementType), "NegativeInfinity"));
        var fold = generator.ExpressionStatement(generator.AssignmentStatement(
            IdentifierName(name),
            generator.InvocationExpression(
                generator.MemberAccessExpression(generator.TypeExpression(mathType), "Max"),
                IdentifierName(name),
                value.WithoutTrivia())));
        var maxLoop = loop.WithStatement((StatementSyntax)fold).WithoutTrivia();
        return new[]
        {
            declaration.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
            maxLoop.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
        };
    }

    /// <summary>
    /// Puts <paramref name="statements"/> right before <paramref name="statement"/>: into its block, or, when it is the
    /// body of a loop or <c>if</c>, into a new block around it (the statement keeps its own edits).
    /// </summary>
    public static void InsertBefore(DocumentEditor editor, StatementSyntax statement, SyntaxNode[] statements)
    {
        if (statement.Parent is BlockSyntax or SwitchSectionSyntax)
        {
            editor.InsertBefore(statement, statements);
            return;
        }

        editor.ReplaceNode(statement, (current, _) => Block(statements.Cast<StatementSyntax>().Append(((StatementSyntax)current).WithoutLeadingTrivia()))
            .WithLeadingTrivia(current.GetLeadingTrivia()).WithTrailingTrivia(current.GetTrailingTrivia()).WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary>The document's own line ending (LF in most repositories), not the platform's.</summary>
    public static SyntaxTrivia NewLineOf(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } existing ? existing : ElasticLineFeed;

    /// <summary><paramref name="baseName"/>, or with a number appended when that name is visible or declared anywhere in the file.</summary>
    public static string UniqueName(SemanticModel model, int position, string baseName)
    {
        var declared = model.SyntaxTree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(declarator => declarator.Identifier.ValueText).ToList();
        var name = baseName;
        for (var suffix = 1; model.LookupSymbols(position, name: name).Any() || declared.Contains(name); suffix++)
        {
            name = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
