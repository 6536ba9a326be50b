using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary><c>a &gt; b</c> → <c>b &lt; a</c> and the like for every ordering comparison, loop bounds included.</summary>
internal sealed class ComparisonFlipRewrite : EquivalentRewrite
{
    public override string Name => "a>b→b<a";

    private static readonly Dictionary<string, string> Gaps = new(StringComparer.Ordinal)
    {
        ["Recreations/HeldOut57/Mood_HelperTotalWholeBuffer.cs"] = "rangehelper: the helper's range loop condition flipped to start + count > i is not rebased to i = 0 .. count (HelperInliner.RangeWalks.cs reads i < … and i <= … only), so the whole-buffer total is not proven (LG0002@39 missing)",
    };

    public override IReadOnlyCollection<string> KnownMismatches => Gaps.Keys;

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        foreach (var comparison in root.DescendantNodes().OfType<BinaryExpressionSyntax>())
        {
            var flipped = comparison.Kind() switch
            {
                SyntaxKind.GreaterThanExpression => "<",
                SyntaxKind.GreaterThanOrEqualExpression => "<=",
                SyntaxKind.LessThanExpression => ">",
                SyntaxKind.LessThanOrEqualExpression => ">=",
                _ => null,
            };
            if (flipped is not null)
            {
                yield return [new TextChange(comparison.Span, $"{Operand(comparison.Right)} {flipped} {Operand(comparison.Left)}")];
            }
        }
    }
}
