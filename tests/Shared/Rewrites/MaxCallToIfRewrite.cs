using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// A running maximum written as a call, <c>m = Math.Max(m, v);</c> (either argument order; <c>MathF</c>,
/// <c>double</c>, <c>float</c>, <c>T</c>), → <c>if (v &gt; m) m = v;</c> on the same line.
/// </summary>
internal sealed class MaxCallToIfRewrite : EquivalentRewrite
{
    public override string Name => "m=Max(m,v)→if(v>m)m=v";

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        foreach (var statement in root.DescendantNodes().OfType<ExpressionStatementSyntax>())
        {
            if (statement.Expression is not AssignmentExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression } assignment ||
                assignment.Right is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Max" }, ArgumentList.Arguments: [var first, var second] } ||
                HasSideEffects(assignment.Left))
            {
                continue;
            }

            var target = assignment.Left.ToString();
            var value = first.Expression.ToString() == target ? second.Expression : second.Expression.ToString() == target ? first.Expression : null;
            if (value is null || HasSideEffects(value))
            {
                continue;
            }

            yield return [new TextChange(statement.Span, $"if ({Operand(value)} > {target}) {target} = {value};")];
        }
    }
}
