using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Calls read from syntax alone, for the filters that run before anything is bound (the analyzer's exp pre-filter,
/// <see cref="ExpReach"/> over bodies of other files): which call a name is the callee of, and whether an argument is a
/// constant (so <c>Math.Pow(Math.E, v)</c> is an exponential of data and <c>Math.Pow(x, y)</c> is not).
/// </summary>
internal static class CallSyntax
{
    /// <summary>The call <paramref name="name"/> names the callee of (<c>F(x)</c>, <c>T.F(x)</c>), or null.</summary>
    public static InvocationExpressionSyntax? CallOf(SimpleNameSyntax name) => name.Parent switch
    {
        InvocationExpressionSyntax direct when direct.Expression == name => direct,
        MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax qualified } access when access.Name == name && qualified.Expression == access => qualified,
        _ => null,
    };

    /// <summary>A literal, <c>E</c> / <c>Math.E</c>, possibly negated, cast or parenthesised.</summary>
    public static bool IsConstant(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax => true,
        IdentifierNameSyntax { Identifier.ValueText: "E" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "E" } => true,
        PrefixUnaryExpressionSyntax { Operand: var operand } => IsConstant(operand),
        CastExpressionSyntax { Expression: var operand } => IsConstant(operand),
        ParenthesizedExpressionSyntax { Expression: var operand } => IsConstant(operand),
        _ => false,
    };
}
