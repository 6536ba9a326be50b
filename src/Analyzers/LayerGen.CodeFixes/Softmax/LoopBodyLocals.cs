using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// A value read inside a loop's body, rewritten so that a copy of the loop's header alone can compute it: a maximum
/// fix copies <c>for (…)</c> with a new body, where locals of the old body (<c>int at = c * batch + s;</c>) do not exist.
/// </summary>
internal static class LoopBodyLocals
{
    private const int MaxDepth = 4;

    /// <summary>
    /// <paramref name="value"/> with each local declared in <paramref name="loop"/>'s body replaced by its initializer
    /// (recursively, parenthesised); null when that is not the same value: a local written again after its declaration,
    /// declared without an initializer, or whose initializer reads a variable the body writes.
    /// </summary>
    public static ExpressionSyntax? Inline(SemanticModel model, ForStatementSyntax loop, ExpressionSyntax value, CancellationToken cancellationToken) =>
        Inline(model, loop, value, WrittenInBody(model, loop, cancellationToken), depth: 0, cancellationToken);

    private static ExpressionSyntax? Inline(SemanticModel model, ForStatementSyntax loop, ExpressionSyntax value, HashSet<ISymbol> written, int depth, CancellationToken cancellationToken)
    {
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var identifier in value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
            if (symbol is not (ILocalSymbol or IParameterSymbol))
            {
                continue;
            }

            var declaration = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
            var inBody = declaration is not null && declaration.SyntaxTree == loop.SyntaxTree && loop.Statement.Span.Contains(declaration.Span);
            if (!inBody)
            {
                // The loop variable, or a variable from outside: the same in the copy unless the body changes it.
                if (written.Contains(symbol) && !IsLoopVariable(loop, symbol, model, cancellationToken))
                {
                    return null;
                }

                continue;
            }

            // ref readonly var c = ref items[i]: the copy reads items[i] itself.
            if (depth >= MaxDepth || declaration is not VariableDeclaratorSyntax { Initializer.Value: { } declared } || written.Contains(symbol)
                || (declared is RefExpressionSyntax reference ? reference.Expression : declared) is not { } initializer
                || Inline(model, loop, initializer, written, depth + 1, cancellationToken) is not { } inlined)
            {
                return null;
            }

            replacements[identifier] = ParenthesizedExpression(inlined.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        return replacements.Count == 0 ? value : value.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
    }

    /// <summary>Variables assigned, incremented or passed by <c>ref</c>/<c>out</c> in the loop's body (declarations with an initializer excluded).</summary>
    private static HashSet<ISymbol> WrittenInBody(SemanticModel model, ForStatementSyntax loop, CancellationToken cancellationToken)
    {
        var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var node in loop.Statement.DescendantNodesAndSelf())
        {
            var target = node switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left,
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix => postfix.Operand,
                ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
                _ => null,
            };
            if (target is not null && model.GetSymbolInfo(target, cancellationToken).Symbol is { } symbol)
            {
                written.Add(symbol);
            }
            else if (target is TupleExpressionSyntax tuple)
            {
                foreach (var element in tuple.Arguments)
                {
                    if (model.GetSymbolInfo(element.Expression, cancellationToken).Symbol is { } part)
                    {
                        written.Add(part);
                    }
                }
            }
        }

        return written;
    }

    private static bool IsLoopVariable(ForStatementSyntax loop, ISymbol symbol, SemanticModel model, CancellationToken cancellationToken) =>
        loop.Declaration?.Variables.Any(variable => SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(variable, cancellationToken), symbol)) == true;
}
