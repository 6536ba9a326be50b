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
/// slice's loop header (or a <c>foreach</c> over a sequence) folding <c>name = Math(F).Max(name, value)</c>; generic math
/// uses <c>T.NegativeInfinity</c> and <c>T.Max</c>.
/// </summary>
internal static class MaximumStatements
{
    public static SyntaxNode[] Create(SyntaxGenerator generator, Compilation compilation, ITypeSymbol elementType, string name, ForStatementSyntax loop, ExpressionSyntax value, SyntaxTrivia newLine)
    {
        var (declaration, fold) = Parts(generator, compilation, elementType, name, value);
        return Annotated(declaration, loop.WithStatement(fold).WithoutTrivia(), newLine);
    }

    /// <summary><c>T name = T.NegativeInfinity;</c> and <c>foreach (var element in source) name = Math(F).Max(name, element);</c></summary>
    public static SyntaxNode[] CreateForEach(SyntaxGenerator generator, Compilation compilation, ITypeSymbol elementType, string name, string elementName, ExpressionSyntax source, SyntaxTrivia newLine)
    {
        var (declaration, fold) = Parts(generator, compilation, elementType, name, IdentifierName(elementName));
        return Annotated(declaration, ForEachStatement(IdentifierName("var"), Identifier(elementName), source.WithoutTrivia(), fold), newLine);
    }

    private static (SyntaxNode Declaration, StatementSyntax Fold) Parts(SyntaxGenerator generator, Compilation compilation, ITypeSymbol elementType, string name, ExpressionSyntax value)
    {
        var mathType = elementType.SpecialType switch
        {
            SpecialType.System_Single => compilation.GetTypeByMetadataName("System.MathF")!,
            SpecialType.System_Double => compilation.GetTypeByMetadataName("System.Math")!,
            _ => elementType,
        };
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
        return (declaration, (StatementSyntax)fold);
    }

    private static SyntaxNode[] Annotated(SyntaxNode declaration, SyntaxNode loop, SyntaxTrivia newLine) => new[]
    {
        declaration.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
        loop.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
    };

    /// <summary>
    /// True for float, double, and generic-math types with <c>T.NegativeInfinity</c> and <c>T.Max</c>
    /// (<c>IFloatingPointIeee754&lt;T&gt;</c>, also as a type parameter's constraint).
    /// </summary>
    public static bool CanHold(ITypeSymbol? type) => type switch
    {
        { SpecialType: SpecialType.System_Single or SpecialType.System_Double } => true,
        ITypeParameterSymbol parameter => parameter.ConstraintTypes.Any(constraint => IsIeee754(constraint) || constraint.AllInterfaces.Any(IsIeee754)),
        INamedTypeSymbol named => named.AllInterfaces.Any(IsIeee754),
        _ => false,
    };

    private static bool IsIeee754(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "IFloatingPointIeee754", Arity: 1 } face && face.ContainingNamespace?.ToDisplayString() == "System.Numerics";

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
