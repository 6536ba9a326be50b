using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A range walk that starts k past the range's start, <c>for (int i = start + 1; i &lt; start + count; i++)</c> (also
/// <c>1 + start</c>, the <c>while</c> spelling, any literal k ≥ 1): the most common spelling of a maximum, seeded with the
/// range's first element and walked from the next (<c>float m = a[start]; for (int i = start + 1; …) m = Math.Max(m,
/// a[i]);</c>). It is rebased like the walk from <c>start</c> (HelperInliner.RangeWalks.cs), counted from k:
/// <c>for (int i = k; i &lt; count; i++)</c> with every read of <c>i</c> written <c>(start + i)</c>. Invariant: both
/// loops run their body for the positions <c>start + k, …, start + count - 1</c> in order. The seed read
/// <c>a[start]</c> is inlined as written (the call's start), so the fold covers the call's range
/// [start, start + count) exactly as the inline spelling <c>m = x[r * n]; for (int j = 1; j &lt; n; j++) … x[r * n + j]</c>.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// <c>start</c> and where the walk begins past it: (start, 0) for <c>start</c>, (start, k) for <c>start + k</c> or
    /// <c>k + start</c> with k an int literal ≥ 1; null for any other initial value.
    /// </summary>
    private static (IdentifierNameSyntax Start, int First)? RangeStartOf(ExpressionSyntax initial) => Unparenthesised(initial) switch
    {
        IdentifierNameSyntax start => (start, 0),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Left: var left, Right: var right }
            when Unparenthesised(left) is IdentifierNameSyntax start && PositiveLiteral(right) is { } first => (start, first),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Left: var left, Right: var right }
            when Unparenthesised(right) is IdentifierNameSyntax start && PositiveLiteral(left) is { } first => (start, first),
        _ => null,
    };

    /// <summary>The value of an int literal ≥ 1; null for anything else.</summary>
    private static int? PositiveLiteral(ExpressionSyntax expression) =>
        Unparenthesised(expression) is LiteralExpressionSyntax { Token.Value: int value } && value >= 1 ? value : null;
}
