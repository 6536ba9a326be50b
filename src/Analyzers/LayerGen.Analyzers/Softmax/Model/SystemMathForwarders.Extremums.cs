using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Source helpers of two parameters that return the larger or the smaller of them, read from their syntax like the
/// forwarders (the helper may live in a file whose semantic model the analyzer may not ask for): a Unity-style
/// <c>Mathf.Max(float a, float b) =&gt; a &gt; b ? a : b</c> is <c>Math.Max</c> wherever it is declared (HeldOut46). The
/// direction comes from the body, never from the name, with the rule the model applies to a fold written inline
/// (<c>v &gt; m ? v : m</c>, SoftmaxModel.Reductions.cs): the branch taken when the condition says X is the larger
/// returning X is a max, returning the other one a min (<c>a &gt; b ? b : a</c>, an upper clamp, is a min).
/// </summary>
internal static partial class SystemMathForwarders
{
    /// <summary>
    /// <c>"Max"</c> or <c>"Min"</c> when <paramref name="method"/>, declared once in source with two value parameters of
    /// its return type, only returns the larger or the smaller of them: a comparison choosing one parameter
    /// (<c>a &gt; b ? a : b</c>, <c>b &lt;= a ? a : b</c>, <c>if (a &gt; b) return a; [else] return b;</c>, in an
    /// expression or a block body) or a forward to the system <c>Max</c>/<c>Min</c> (<c>Math.Max(a, b)</c> under any
    /// name); null for anything else (<c>a &gt; b ? a - b : 0</c>, three parameters, a cast or an offset on a branch).
    /// Reads only the top of the body: constant work per method.
    /// </summary>
    public static string? ExtremumFunction(IMethodSymbol method, CancellationToken cancellationToken = default)
    {
        method = method.OriginalDefinition;
        if (method.Parameters.Length != 2 || method.DeclaringSyntaxReferences.Length != 1
            || method.Parameters[0].RefKind != RefKind.None || method.Parameters[1].RefKind != RefKind.None
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, method.Parameters[1].Type)
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, method.ReturnType))
        {
            return null;
        }

        if (ForwardedFunction(method, cancellationToken) is { } forwarded)
        {
            return forwarded switch
            {
                "Max" or "MaxNumber" => "Max",
                "Min" or "MinNumber" => "Min",
                _ => null,
            };
        }

        var first = method.Parameters[0].Name;
        var second = method.Parameters[1].Name;
        return ChosenBranches(ExpHelperSyntax.BodyOf(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))) is var (condition, whenTrue, whenFalse)
            ? ComparedExtremum(condition, whenTrue, whenFalse, first, second)
            : null;
    }

    /// <summary>
    /// The condition and the two values a body chooses between: <c>c ? x : y</c> as its expression or its one
    /// <c>return</c>, or <c>if (c) return x; [else] return y;</c> (each branch a return or a block of one return).
    /// </summary>
    private static (ExpressionSyntax Condition, ExpressionSyntax WhenTrue, ExpressionSyntax WhenFalse)? ChosenBranches(SyntaxNode? body)
    {
        switch (body)
        {
            case ExpressionSyntax expression:
                return Ternary(expression);
            case BlockSyntax { Statements: [ReturnStatementSyntax { Expression: { } returned }] }:
                return Ternary(returned);
            case BlockSyntax { Statements: [IfStatementSyntax { Else: null } branch, var last] }
                when BodySyntax.ReturnedValue(branch.Statement) is { } kept && BodySyntax.ReturnedValue(last) is { } other:
                return (branch.Condition, kept, other);
            case BlockSyntax { Statements: [IfStatementSyntax { Else.Statement: var otherwise } branch] }
                when BodySyntax.ReturnedValue(branch.Statement) is { } kept && BodySyntax.ReturnedValue(otherwise) is { } other:
                return (branch.Condition, kept, other);
            default:
                return null;
        }

        static (ExpressionSyntax, ExpressionSyntax, ExpressionSyntax)? Ternary(ExpressionSyntax expression) =>
            Unparenthesised(expression) is ConditionalExpressionSyntax conditional
                ? (conditional.Condition, conditional.WhenTrue, conditional.WhenFalse)
                : null;
    }

    /// <summary>
    /// <c>"Max"</c> when the chosen value is the one <paramref name="condition"/> says is the larger (<c>a &gt; b ? a : b</c>,
    /// <c>a &lt; b ? b : a</c>), <c>"Min"</c> when it is the other (<c>a &gt; b ? b : a</c>); null unless the condition
    /// compares the two parameters and the branches return one each.
    /// </summary>
    private static string? ComparedExtremum(ExpressionSyntax condition, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse, string first, string second)
    {
        if (Unparenthesised(condition) is not BinaryExpressionSyntax comparison
            || ComparedParameter(comparison.Left) is not var (left, leftMember) || ComparedParameter(comparison.Right) is not var (right, rightMember)
            || leftMember != rightMember
            || ParameterName(whenTrue) is not { } kept || ParameterName(whenFalse) is not { } other
            || left == right || kept == other
            || !(left == first && right == second || left == second && right == first))
        {
            return null;
        }

        var largerWhenTrue = comparison.Kind() switch
        {
            SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression => left,
            SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression => right,
            _ => null,
        };
        return largerWhenTrue is null ? null : kept == largerWhenTrue ? "Max" : "Min";
    }

    /// <summary>
    /// The parameter a comparison operand reads: the parameter itself (member null), or one member of it, <c>a.Value</c>
    /// — a user numeric type ordered by the value it wraps (<c>a.Value &gt;= b.Value ? a : b</c> is the max of two
    /// <c>Score</c>s; both sides must read the same member).
    /// </summary>
    private static (string Parameter, string? Member)? ComparedParameter(ExpressionSyntax expression) =>
        Unparenthesised(expression) switch
        {
            IdentifierNameSyntax { Identifier.ValueText: var name } => (name, null),
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax { Identifier.ValueText: var member } } access
                when ParameterName(access.Expression) is { } name => (name, member),
            _ => null,
        };

    /// <summary>The identifier <paramref name="expression"/> names, past parentheses only (a cast may change the value).</summary>
    private static string? ParameterName(ExpressionSyntax expression) =>
        Unparenthesised(expression) is IdentifierNameSyntax { Identifier.ValueText: var name } ? name : null;
}
