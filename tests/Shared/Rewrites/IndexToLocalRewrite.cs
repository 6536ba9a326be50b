using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// Computes a flat index into a temporary on the same line: <c>y[o + j] = Math.Exp(x[o + j] - m);</c> →
/// <c>var i0 = o + j; y[i0] = Math.Exp(x[o + j] - m);</c> (the first computed one-dimensional index of the statement,
/// outside lambdas, without side effects).
/// </summary>
internal sealed class IndexToLocalRewrite : EquivalentRewrite
{
    public override string Name => "index→temporary";

    /// <summary>
    /// No known gap since gaps36 (gaps32 pinned TiedMaps_KeyColumnMaxima: the overwrite <c>map[k] = Exp(...)</c> with the
    /// index in a temporary was compared with the sum's read <c>map[i * n + j]</c> by text; elements now compare by index value).
    /// </summary>
    /// <remarks>
    /// Pinned at stop 37 (a finding new this stop): branch memberslice inlines a member of another object only when
    /// every read of its storage is the element its indexer returns, matched by syntax; <c>var i0 = (column * Rows) + row;
    /// Values[i0]</c> in the member's body does not match, so the member stays a call (LG0003 at the exp instead of
    /// LG0004 at the call). Also pins it for "all rewrites together", of which this rewrite is a part.
    /// </remarks>
    public override IReadOnlyCollection<string> KnownMismatches => Gaps.Keys;

    private static readonly Dictionary<string, string> Gaps = new(StringComparer.Ordinal)
    {
        ["Recreations/MemberSlice_ClassPeaksAndAxisArgument.cs"] = "stop 37: LG0004@133 → LG0003@141 (a member's storage index in a temporary is not the indexer's element)",
    };

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        var count = 0;
        foreach (var statement in root.DescendantNodes().OfType<StatementSyntax>())
        {
            if (statement is not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax) || statement.Parent is not BlockSyntax)
            {
                continue;
            }

            var index = statement.DescendantNodes(node => node is not (LambdaExpressionSyntax or AnonymousMethodExpressionSyntax))
                .OfType<ElementAccessExpressionSyntax>()
                .Select(access => access.ArgumentList.Arguments is [{ Expression: BinaryExpressionSyntax binary }] ? binary : null)
                .FirstOrDefault(binary => binary is not null && !HasSideEffects(binary));
            if (index is null)
            {
                continue;
            }

            var name = "lgIndex" + count++;
            yield return
            [
                new TextChange(new TextSpan(statement.SpanStart, 0), $"var {name} = {index}; "),
                new TextChange(index.Span, name),
            ];
        }
    }
}
