using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The cheap, syntax-only half of recognising an exp helper (<c>static float E(float v) =&gt; (float)Math.Exp(v)</c>):
/// its body is one expression, or one return statement, whose value (past casts and parentheses) is a call of
/// something named like an exp or a power. Binding the call (is it really an exp of the parameter?) is the model's
/// job; this only says whether that is worth asking, for the model and for the analyzer's per-block gate.
/// </summary>
internal static class ExpHelperSyntax
{
    /// <summary>The call <paramref name="body"/> only returns, when it is named like an exp or a power; else null.</summary>
    public static InvocationExpressionSyntax? ReturnedExpLikeCall(SyntaxNode? body)
    {
        var returned = body switch
        {
            BlockSyntax { Statements.Count: 1 } block when block.Statements[0] is ReturnStatementSyntax only => only.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };

        // (float)Math.Exp(v) and (Math.Exp(v)) are the same exp.
        while (returned is CastExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            returned = returned is CastExpressionSyntax cast ? cast.Expression : ((ParenthesizedExpressionSyntax)returned).Expression;
        }

        if (returned is not InvocationExpressionSyntax { Expression: var callee } call)
        {
            return null;
        }

        var name = callee.ToString();
        name = name.Substring(name.LastIndexOf('.') + 1);
        return WellKnownSymbols.MayNameAnExp(name) || name.EndsWith("Pow", System.StringComparison.Ordinal) ? call : null;
    }

    /// <summary>The body of a method, local function or lambda declaration (its expression body or its block).</summary>
    public static SyntaxNode? BodyOf(SyntaxNode declaration) => declaration switch
    {
        MethodDeclarationSyntax method => (SyntaxNode?)method.ExpressionBody?.Expression ?? method.Body,
        LocalFunctionStatementSyntax local => (SyntaxNode?)local.ExpressionBody?.Expression ?? local.Body,
        AnonymousFunctionExpressionSyntax lambda => (SyntaxNode?)lambda.ExpressionBody ?? lambda.Block,
        _ => null,
    };

    /// <summary>
    /// True when <paramref name="method"/> has one parameter, is declared once in <paramref name="tree"/> (any type), and
    /// its body is only a call named like an exp: a candidate exp helper of the file.
    /// </summary>
    public static bool MayBeExpHelperIn(IMethodSymbol method, SyntaxTree tree, System.Threading.CancellationToken cancellationToken) =>
        method.Parameters.Length == 1 && method.DeclaringSyntaxReferences.Length == 1
        && method.DeclaringSyntaxReferences[0].SyntaxTree == tree
        && ReturnedExpLikeCall(BodyOf(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))) is not null;
}
