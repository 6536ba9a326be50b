using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// A <c>for</c> loop's unit step spelled as a compound assignment: <c>i++</c> / <c>++i</c> → <c>i += 1</c>, and
/// <c>i--</c> / <c>--i</c> → <c>i -= 1</c>. Equivalent by construction: an incrementor's value is discarded, and each
/// form adds or subtracts one from the same variable of an integer type.
/// </summary>
internal sealed class LoopStepRewrite : EquivalentRewrite
{
    public override string Name => "i++→i+=1";

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        foreach (var step in root.DescendantNodes().OfType<ForStatementSyntax>().SelectMany(loop => loop.Incrementors))
        {
            var (operand, sign) = step switch
            {
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression, Operand: IdentifierNameSyntax name } => (name, "+"),
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression, Operand: IdentifierNameSyntax name } => (name, "+"),
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostDecrementExpression, Operand: IdentifierNameSyntax name } => (name, "-"),
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreDecrementExpression, Operand: IdentifierNameSyntax name } => (name, "-"),
                _ => (null, null),
            };
            if (operand is not null)
            {
                yield return [new TextChange(step.Span, $"{operand} {sign}= 1")];
            }
        }
    }
}
