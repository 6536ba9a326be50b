using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A helper returning a row it shifted with a library call rather than a loop (review42 K01–K09, branch helperexp2):
/// <c>return x.Select(v =&gt; v - m).ToArray();</c> (or <c>ToList()</c>), <c>return Array.ConvertAll(x, v =&gt; v - m);</c>,
/// such a value held in a local written once, or <c>TensorPrimitives.Subtract(x, max, r); return r;</c>. Every return
/// must be one, and what is subtracted must be no literal and must not read the element itself. Read from syntax, so a
/// helper of another file is read alike; as for the loop-written shifts (SoftmaxModel.Shifts.cs), which maximum was
/// subtracted is not followed, only that something that is not a constant was.
/// </summary>
internal static class ReturnedShiftSyntax
{
    /// <summary>True when every value <paramref name="declaration"/>'s body returns is a row it shifted (see the type summary).</summary>
    public static bool ReturnsShiftedRow(SyntaxNode declaration)
    {
        switch (ExpHelperSyntax.BodyOf(declaration))
        {
            case ExpressionSyntax expression:
                return IsShiftingCall(expression);
            case BlockSyntax block:
                var returns = block.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                    .OfType<ReturnStatementSyntax>().ToList();
                return returns.Count > 0 && returns.All(ret => ret.Expression is { } returned && (IsShiftingCall(returned) || IsShiftedLocal(returned, block)));
            default:
                return false;
        }
    }

    /// <summary><c>src.Select(v =&gt; v - m).ToArray()</c>/<c>ToList()</c> or <c>Array.ConvertAll(src, v =&gt; v - m)</c>.</summary>
    private static bool IsShiftingCall(ExpressionSyntax expression)
    {
        if (ExpHelperSyntax.Unparenthesised(expression) is not InvocationExpressionSyntax call)
        {
            return false;
        }

        if (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" or "ToList", Expression: InvocationExpressionSyntax select }
            && call.ArgumentList.Arguments.Count == 0
            && select.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select" }
            && select.ArgumentList.Arguments is [var selector])
        {
            return IsShiftingLambda(selector.Expression);
        }

        return call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConvertAll", Expression: var owner }
            && owner.ToString() is "Array" or "System.Array"
            && call.ArgumentList.Arguments is [_, var converter]
            && IsShiftingLambda(converter.Expression);
    }

    /// <summary><c>v =&gt; v - m</c> (also with a block returning it): the parameter minus something that is no literal and does not read the parameter.</summary>
    private static bool IsShiftingLambda(ExpressionSyntax expression)
    {
        var (parameter, body) = expression switch
        {
            SimpleLambdaExpressionSyntax simple => (simple.Parameter.Identifier.ValueText, (SyntaxNode?)simple.ExpressionBody ?? simple.Block),
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: [var only] } parenthesised => (only.Identifier.ValueText, (SyntaxNode?)parenthesised.ExpressionBody ?? parenthesised.Block),
            _ => (null, null),
        };
        var returned = body switch
        {
            ExpressionSyntax value => value,
            BlockSyntax { Statements: [ReturnStatementSyntax { Expression: { } value }] } => value,
            _ => null,
        };
        return parameter is not null && returned is not null
            && ExpHelperSyntax.Unparenthesised(returned) is BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SubtractExpression } subtract
            && ExpHelperSyntax.Unparenthesised(subtract.Left) is IdentifierNameSyntax { Identifier.ValueText: var left } && left == parameter
            && !ExpReach.IsConstantSyntax(subtract.Right) && !Reads(subtract.Right, parameter);
    }

    /// <summary>
    /// <c>return r;</c> of a local declared once in the body and never assigned again, initialised with a shifting call,
    /// or a fresh array that a <c>TensorPrimitives.Subtract(src, m, r)</c> of the body fills (m no literal).
    /// </summary>
    private static bool IsShiftedLocal(ExpressionSyntax returned, BlockSyntax body)
    {
        if (ExpHelperSyntax.Unparenthesised(returned) is not IdentifierNameSyntax { Identifier.ValueText: var name })
        {
            return false;
        }

        var declarators = body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(declarator => declarator.Identifier.ValueText == name).ToList();
        if (declarators is not [{ Initializer.Value: var initial }]
            || body.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(assignment => ExpHelperSyntax.Unparenthesised(assignment.Left) is IdentifierNameSyntax { Identifier.ValueText: var target } && target == name))
        {
            return false;
        }

        if (IsShiftingCall(initial))
        {
            return true;
        }

        return ExpHelperSyntax.Unparenthesised(initial) is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
            && body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call =>
                call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Subtract", Expression: var owner } && owner.ToString().EndsWith("TensorPrimitives", System.StringComparison.Ordinal)
                && call.ArgumentList.Arguments is [_, var subtracted, var destination]
                && !ExpReach.IsConstantSyntax(subtracted.Expression)
                && ExpHelperSyntax.Unparenthesised(destination.Expression) is IdentifierNameSyntax { Identifier.ValueText: var written } && written == name);
    }

    private static bool Reads(SyntaxNode node, string name) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(identifier => identifier.Identifier.ValueText == name);
}
