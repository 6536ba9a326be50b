using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// A conditional update written as a ternary that keeps the target on one side, <c>m = v &gt; m ? v : m;</c> (a
/// running maximum or minimum, any condition), → <c>if (v &gt; m) m = v;</c> on the same line (<c>m = c ? m : v;</c> →
/// <c>if (!(c)) m = v;</c>). Equivalent by construction: the target is assigned the same value on every input when
/// it has no side effects (evaluating it again, or not at all, changes nothing).
/// </summary>
internal sealed class TernaryToIfRewrite : EquivalentRewrite
{
    public override string Name => "m=v>m?v:m→if(v>m)m=v";

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        foreach (var statement in root.DescendantNodes().OfType<ExpressionStatementSyntax>())
        {
            if (statement.Expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Right: var right } assignment ||
                Unparenthesised(right) is not ConditionalExpressionSyntax conditional || HasSideEffects(assignment.Left) || HasSideEffects(conditional.Condition))
            {
                continue;
            }

            var target = assignment.Left.ToString();
            var (condition, value) = Unparenthesised(conditional.WhenFalse).ToString() == target ? (conditional.Condition.ToString(), conditional.WhenTrue)
                : Unparenthesised(conditional.WhenTrue).ToString() == target ? ("!(" + conditional.Condition + ")", conditional.WhenFalse)
                : (null, null);
            if (condition is null || value is null)
            {
                continue;
            }

            yield return [new TextChange(statement.Span, $"if ({condition}) {target} = {value};")];
        }
    }

    private static ExpressionSyntax Unparenthesised(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesised(parenthesized.Expression) : expression;
}
