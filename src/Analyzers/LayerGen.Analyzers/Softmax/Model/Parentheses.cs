using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Syntax past its parentheses only, for the readers that match source shapes (the helper inliner, recursive folds,
/// indexer patterns, forwarders, <see cref="KnownArguments"/>): a cast may change the value, so unlike
/// <see cref="ExpHelperSyntax.Unparenthesised"/> it is kept. Imported with <c>using static</c>.
/// </summary>
internal static class Parentheses
{
    /// <summary><paramref name="expression"/> past the parentheses around it.</summary>
    public static ExpressionSyntax Unparenthesised(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary><paramref name="node"/> past the parentheses around it (any other node as it is).</summary>
    public static SyntaxNode Unparenthesised(SyntaxNode node) => node is ExpressionSyntax expression ? Unparenthesised(expression) : node;
}
