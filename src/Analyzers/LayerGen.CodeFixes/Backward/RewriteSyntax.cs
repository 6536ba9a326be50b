using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace LayerGen.CodeFixes.Backward;

/// <summary>Syntax building blocks shared by the LG0005–LG0007 fixes.</summary>
internal static class RewriteSyntax
{
    /// <summary>
    /// <paramref name="expression"/> (a node of the analysed tree) with every identifier that binds to a key of
    /// <paramref name="replacements"/> replaced by its value, parenthesised (the simplifier drops needless parentheses).
    /// </summary>
    public static ExpressionSyntax Substitute(ExpressionSyntax expression, SemanticModel semanticModel, IReadOnlyDictionary<ISymbol, ExpressionSyntax> replacements)
    {
        if (replacements.Count == 0)
        {
            return expression.WithoutTrivia();
        }

        var rewriter = new SymbolReplacer(semanticModel, replacements);
        return ((ExpressionSyntax)rewriter.Visit(expression)).WithoutTrivia();
    }

    /// <summary>Wraps in parentheses marked for simplification.</summary>
    public static ExpressionSyntax Parenthesize(ExpressionSyntax expression) =>
        expression is IdentifierNameSyntax or ElementAccessExpressionSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or LiteralExpressionSyntax or ParenthesizedExpressionSyntax
            ? expression
            : SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>The product of several factors, left to right.</summary>
    public static ExpressionSyntax Product(IEnumerable<ExpressionSyntax> factors)
    {
        ExpressionSyntax? result = null;
        foreach (var factor in factors)
        {
            result = result is null ? Parenthesize(factor) : SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, result, Parenthesize(factor));
        }

        return result ?? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1));
    }

    /// <summary>A zero of <paramref name="type"/>: <c>0f</c>, <c>0.0</c>, <c>0m</c>, or <c>T.Zero</c> for generic math; null otherwise.</summary>
    public static ExpressionSyntax? Zero(ITypeSymbol? type, SyntaxGenerator generator) => type switch
    {
        { SpecialType: SpecialType.System_Single } => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal("0f", 0f)),
        { SpecialType: SpecialType.System_Double } => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal("0.0", 0.0)),
        { SpecialType: SpecialType.System_Decimal } => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal("0m", 0m)),
        ITypeParameterSymbol or INamedTypeSymbol when HasStaticZero(type) => (ExpressionSyntax)generator.MemberAccessExpression(generator.TypeExpression(type), "Zero"),
        _ => null,
    };

    private static bool HasStaticZero(ITypeSymbol type) =>
        type.GetMembers("Zero").Any(member => member.IsStatic)
        || type.AllInterfaces.Any(face => face.Name == "INumberBase")
        || (type is ITypeParameterSymbol parameter && parameter.ConstraintTypes.Any(constraint => constraint.AllInterfaces.Append(constraint as INamedTypeSymbol).Any(face => face?.Name == "INumberBase")));

    /// <summary>A local name free at <paramref name="position"/> and nowhere declared in <paramref name="owner"/>.</summary>
    public static string UniqueName(string baseName, SemanticModel semanticModel, int position, SyntaxNode owner)
    {
        var taken = new HashSet<string>(semanticModel.LookupSymbols(position).Select(symbol => symbol.Name));
        foreach (var token in owner.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                taken.Add(token.ValueText);
            }
        }

        var name = baseName;
        for (var suffix = 2; taken.Contains(name); suffix++)
        {
            name = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>
    /// Puts <paramref name="statements"/> right before <paramref name="statement"/>: into its block, or, when it is the
    /// body of an <c>if</c>/loop, into a new block around it.
    /// </summary>
    public static void InsertBefore(DocumentEditor editor, StatementSyntax statement, IReadOnlyList<StatementSyntax> statements)
    {
        // A blank line after the inserted statements, in the file's own line ending, like the code around them.
        var newLine = statement.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        var endOfLine = newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : SyntaxFactory.EndOfLine("\n");
        var annotated = statements.Select(node => node.WithAdditionalAnnotations(Formatter.Annotation)).ToList();
        // When the statement had a blank line before it, it keeps it (after the inserted ones); else add one.
        var blankBefore = statement.GetLeadingTrivia().Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        annotated[annotated.Count - 1] = blankBefore
            ? annotated[annotated.Count - 1].WithTrailingTrivia(endOfLine)
            : annotated[annotated.Count - 1].WithTrailingTrivia(endOfLine, endOfLine);
        if (statement.Parent is BlockSyntax or SwitchSectionSyntax)
        {
            editor.InsertBefore(statement, annotated);
            return;
        }

        editor.ReplaceNode(statement, (current, _) => SyntaxFactory.Block(annotated.Append((StatementSyntax)current.WithoutLeadingTrivia()))
            .WithLeadingTrivia(current.GetLeadingTrivia()).WithTrailingTrivia(current.GetTrailingTrivia()).WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary><c>{type} {name} = {zero};</c></summary>
    public static LocalDeclarationStatementSyntax Declaration(ITypeSymbol type, string name, ExpressionSyntax initializer, SyntaxGenerator generator) =>
        (LocalDeclarationStatementSyntax)generator.LocalDeclarationStatement(generator.TypeExpression(type), name, initializer);

    /// <summary>
    /// True when evaluating the operation again changes nothing: reads, arithmetic, conditionals and calls of static
    /// math methods only (no assignment, increment, allocation or other call).
    /// </summary>
    public static bool IsPure(IOperation operation)
    {
        foreach (var node in operation.DescendantsAndSelf())
        {
            switch (node)
            {
                case IAssignmentOperation or IIncrementOrDecrementOperation or IObjectCreationOperation or IArrayCreationOperation
                    or IAnonymousFunctionOperation or IDelegateCreationOperation:
                    return false;
                case IInvocationOperation call when !IsMathCall(call.TargetMethod):
                    return false;
            }
        }

        return true;
    }

    private static bool IsMathCall(IMethodSymbol method) =>
        method.IsStatic && method.ContainingType is { } type
        && (type.Name is "Math" or "MathF" && type.ContainingNamespace?.ToDisplayString() == "System"
            || type.SpecialType is SpecialType.System_Single or SpecialType.System_Double
            || method.ContainingType.TypeKind == TypeKind.TypeParameter || type.Name.StartsWith("I", System.StringComparison.Ordinal) && type.ContainingNamespace?.ToDisplayString() == "System.Numerics");

    /// <summary>The locals and parameters an operation reads.</summary>
    public static IEnumerable<ISymbol> ReadVariables(IOperation operation) =>
        operation.DescendantsAndSelf().Select(node => node switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        }).Where(symbol => symbol is not null).Distinct(SymbolEqualityComparer.Default)!;

    /// <summary>True when the variable is declared inside <paramref name="scope"/>.</summary>
    public static bool IsDeclaredIn(ISymbol variable, SyntaxNode scope) =>
        variable.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == scope.SyntaxTree && scope.Span.Contains(reference.Span));

    /// <summary>True when some assignment, increment or ref argument inside <paramref name="scope"/> writes <paramref name="variable"/>.</summary>
    public static bool IsWrittenIn(ISymbol variable, IOperation scope)
    {
        foreach (var node in scope.DescendantsAndSelf())
        {
            var target = node switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation increment => increment.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                _ => null,
            };
            if (target is not null && SoftmaxVariable(target) is { } written && SymbolEqualityComparer.Default.Equals(written, variable))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? SoftmaxVariable(IOperation operation) => LayerGen.Analyzers.Softmax.Model.SoftmaxModel.VariableOf(operation);

    private sealed class SymbolReplacer : CSharpSyntaxRewriter
    {
        private readonly SemanticModel _semanticModel;
        private readonly IReadOnlyDictionary<ISymbol, ExpressionSyntax> _replacements;

        public SymbolReplacer(SemanticModel semanticModel, IReadOnlyDictionary<ISymbol, ExpressionSyntax> replacements)
        {
            _semanticModel = semanticModel;
            _replacements = replacements;
        }

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (node.SyntaxTree == _semanticModel.SyntaxTree && _semanticModel.GetSymbolInfo(node).Symbol is { } symbol
                && _replacements.TryGetValue(symbol, out var replacement))
            {
                return Parenthesize(replacement.WithoutTrivia()).WithTriviaFrom(node);
            }

            return base.VisitIdentifierName(node);
        }
    }
}
