using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// A running maximum written as a branch, <c>if (v &gt; m) m = v;</c> (or <c>m &lt; v</c>, <c>&gt;=</c>, a block with
/// that one assignment, no else), → <c>m = Math.Max(m, v);</c> on one line, keeping the <c>//~</c> markers the branch
/// carried. Branches over types <c>Math.Max</c> does not take (generic <c>T</c>) no longer compile and are skipped
/// by the test. With <paramref name="ternary"/> the branch becomes <c>m = v &gt; m ? v : m;</c> instead, its condition
/// kept as written: the same assignment on every input (NaN and signed zeros included), generic <c>T</c> too.
/// </summary>
internal sealed class MaxIfToCallRewrite(bool ternary = false) : EquivalentRewrite
{
    public override string Name => ternary ? "if(v>m)m=v→m=v>m?v:m" : "if(v>m)m=v→m=Max(m,v)";

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        foreach (var branch in root.DescendantNodes().OfType<IfStatementSyntax>())
        {
            if (branch.Else is not null || branch.Condition is not BinaryExpressionSyntax condition || SingleAssignment(branch.Statement) is not { } assignment)
            {
                continue;
            }

            var (larger, smaller) = condition.Kind() switch
            {
                SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression => (condition.Left, condition.Right),
                SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression => (condition.Right, condition.Left),
                _ => (condition.Left, condition.Left),
            };
            var target = assignment.Left.ToString();
            if (larger == smaller || smaller.ToString() != target || larger.ToString() != assignment.Right.ToString() || HasSideEffects(assignment.Left) || HasSideEffects(assignment.Right))
            {
                continue;
            }

            // Markers inside the branch (on the assignment's line) move to the end of the new single line.
            var markers = string.Concat(branch.DescendantTrivia(branch.Span)
                .Where(trivia => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().StartsWith("//~", StringComparison.Ordinal))
                .Select(trivia => " " + trivia));
            var value = ternary ? $"{condition} ? {assignment.Right} : {target}" : $"System.Math.Max({target}, {larger})";
            yield return [new TextChange(branch.Span, $"{target} = {value};{markers}")];
        }
    }

    private static AssignmentExpressionSyntax? SingleAssignment(StatementSyntax statement) => statement switch
    {
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment } => assignment,
        BlockSyntax { Statements: [var only] } => SingleAssignment(only),
        _ => null,
    };
}
