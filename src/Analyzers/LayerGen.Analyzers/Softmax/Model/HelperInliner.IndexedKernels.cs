using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A kernel that reads its logit from an array parameter at index parameters (HeldOut63's blind miss:
/// <c>Preference(double[][] table, int user, int item) =&gt; Math.Exp(table[user][item])</c>, also <c>row[item]</c>,
/// <c>table[user, item]</c>, <c>table[at]</c> called with <c>u * width + c</c>). The kernel returns one expression and
/// writes nothing, so neither the parameter nor its indices change before the read: the helper's <c>p[a][b]</c>,
/// <c>p[a, b]</c> or <c>p[a]</c> is the caller's read of the argument at the arguments' index expressions, substituted
/// (<c>w[c] = Preference(scores, u, c)</c> → <c>w[c] = (Math.Exp((scores)[(u)][(c)]))</c>), and every rule reads the exp
/// as if written at the call. Before, only names, member reads and arithmetic were taken, so such a call was no exp.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// True when <paramref name="expression"/> is arithmetic syntax (<see cref="IsArithmeticSyntax"/>) in which every
    /// element access reads an array, <c>List</c>, <c>IList</c>, <c>IReadOnlyList</c> or span rooted at a parameter of
    /// <paramref name="kernel"/> (<c>p[a][b]</c>, <c>p[a, b]</c>), at arithmetic indices: a read without effects that
    /// means the same once the arguments stand for the parameters.
    /// </summary>
    private bool IsKernelOperandSyntax(ExpressionSyntax expression, IMethodSymbol kernel) => expression switch
    {
        ElementAccessExpressionSyntax element => IsParameterElementRead(element, kernel),
        ParenthesizedExpressionSyntax parenthesized => IsKernelOperandSyntax(parenthesized.Expression, kernel),
        BinaryExpressionSyntax binary => binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression
            && IsKernelOperandSyntax(binary.Left, kernel) && IsKernelOperandSyntax(binary.Right, kernel),
        PrefixUnaryExpressionSyntax unary => unary.Kind() is SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression && IsKernelOperandSyntax(unary.Operand, kernel),
        CastExpressionSyntax cast => IsKernelOperandSyntax(cast.Expression, kernel),
        _ => IsArithmeticSyntax(expression),
    };

    /// <summary>
    /// <c>p[i]</c>, <c>p[i, j]</c> or <c>p[i][j]</c> of a parameter <c>p</c> of <paramref name="kernel"/>: each receiver an
    /// array or a read-only-by-indexer collection (no user indexer, which may do anything), each index plain arithmetic
    /// syntax with no <c>^</c>, range or named argument.
    /// </summary>
    private bool IsParameterElementRead(ElementAccessExpressionSyntax element, IMethodSymbol kernel)
    {
        foreach (var index in element.ArgumentList.Arguments)
        {
            if (index.NameColon is not null || index.RefKindKeyword.RawKind != 0 || !IsArithmeticSyntax(index.Expression))
            {
                return false;
            }
        }

        if (!IsIndexableReceiver(_model.GetTypeInfo(element.Expression, _cancellationToken).Type))
        {
            return false;
        }

        return ExpHelperSyntax.Unparenthesised(element.Expression) switch
        {
            ElementAccessExpressionSyntax inner => IsParameterElementRead(inner, kernel),
            IdentifierNameSyntax name => _model.GetSymbolInfo(name, _cancellationToken).Symbol is IParameterSymbol { RefKind: RefKind.None } parameter
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, kernel),
            _ => false,
        };
    }

    /// <summary>An array, or <c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>Span&lt;T&gt;</c>, <c>ReadOnlySpan&lt;T&gt;</c>: an indexer that only reads.</summary>
    private static bool IsIndexableReceiver(ITypeSymbol? type) =>
        type is IArrayTypeSymbol
        || type is INamedTypeSymbol { Arity: 1, ContainingNamespace: var space, Name: var name }
            && (space?.ToDisplayString() == "System.Collections.Generic" && name is "List" or "IList" or "IReadOnlyList"
                || space?.ToDisplayString() == "System" && name is "Span" or "ReadOnlySpan");
}
