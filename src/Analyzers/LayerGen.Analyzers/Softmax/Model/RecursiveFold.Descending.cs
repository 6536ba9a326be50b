using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An index walk downwards, <c>Peak(c, upto) =&gt; upto == 0 ? x[0][c] : MathF.Max(Peak(c, upto - 1), x[upto][c])</c> (a
/// prefix max, memoised or not): the call's index is the top of the range and the condition its bottom, so the helper
/// folds every index from the bottom up to the call's, inclusive. Sum and max do not depend on the order, so the inliner
/// writes it as the upward loop <c>for (k = bottom; k &lt;= top; k++)</c> (HelperInliner.RecursiveFolds.cs).
/// </summary>
internal sealed partial class RecursiveFold
{
    /// <summary>
    /// True for a unit walk downwards (<c>F(x, i - 1)</c>): <see cref="Bound"/> is the index the walk stays above (at,
    /// <see cref="BoundIsInclusive"/>), and the fold covers it up to the call's index.
    /// </summary>
    public bool Descending { get; private set; }

    private sealed partial class Reader
    {
        /// <summary>The comparison a downward walk's test is for an upward one (<c>i &lt; b</c> ⇔ <c>i &gt; b</c>).</summary>
        private static SyntaxKind Mirrored(SyntaxKind kind) => kind switch
        {
            SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
            SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
            SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
            SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
            _ => kind,
        };

        /// <summary>
        /// True when <paramref name="baseCase"/> is <paramref name="element"/> at the index where the walk stops: the same
        /// syntax, each read of <paramref name="index"/> written as the index itself or as <paramref name="bound"/>
        /// (<c>x[0][c]</c> for <c>x[upto][c]</c> stopping at <c>upto == 0</c>).
        /// </summary>
        private bool IsElementAt(ExpressionSyntax baseCase, ExpressionSyntax element, IParameterSymbol index, ExpressionSyntax bound) =>
            SameAt(Unparenthesised(baseCase), Unparenthesised(element), index, Unparenthesised(bound), depth: 0);

        private bool SameAt(SyntaxNode written, SyntaxNode element, IParameterSymbol index, ExpressionSyntax bound, int depth)
        {
            if (depth > HelperShape.MaxNodes)
            {
                return false;
            }

            if (element is ExpressionSyntax read && IsParameter(read, index))
            {
                return written is ExpressionSyntax value && (IsParameter(value, index) || SyntaxFactory.AreEquivalent(Unparenthesised(value), bound));
            }

            if (written.RawKind != element.RawKind)
            {
                return false;
            }

            var writtenChildren = written.ChildNodesAndTokens();
            var elementChildren = element.ChildNodesAndTokens();
            if (writtenChildren.Count != elementChildren.Count)
            {
                return false;
            }

            for (var child = 0; child < writtenChildren.Count; child++)
            {
                var (left, right) = (writtenChildren[child], elementChildren[child]);
                if (left.IsNode != right.IsNode)
                {
                    return false;
                }

                if (left.IsToken ? !SyntaxFactory.AreEquivalent(left.AsToken(), right.AsToken()) : !SameAt(left.AsNode()!, right.AsNode()!, index, bound, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
