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
        if (ReturnedCall(body) is not { Expression: var callee } call)
        {
            return null;
        }

        var name = callee.ToString();
        name = name.Substring(name.LastIndexOf('.') + 1);
        return WellKnownSymbols.MayNameAnExp(name) || name.EndsWith("Pow", System.StringComparison.Ordinal) ? call : null;
    }

    /// <summary>
    /// The call <paramref name="body"/> only returns (one expression, or one return statement, or a return of a local the
    /// block wrote that call to once: <c>var e = Math.Exp(v); return e;</c>, see <see cref="OnceWrittenLocalSyntax"/>),
    /// past casts and parentheses.
    /// </summary>
    public static InvocationExpressionSyntax? ReturnedCall(SyntaxNode? body)
    {
        var returned = body switch
        {
            BlockSyntax block => OnceWrittenLocalSyntax.ReturnedValue(block),
            ExpressionSyntax expression => expression,
            _ => null,
        };

        // (float)Math.Exp(v) and (Math.Exp(v)) are the same exp.
        return returned is null ? null : Unparenthesised(returned) as InvocationExpressionSyntax;
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
    /// True when <paramref name="method"/> is declared once in <paramref name="tree"/> and its declaration names
    /// something like an exp anywhere (<c>a[i] = MathF.Exp(a[i] - shift)</c> in a loop): a helper that may write exps
    /// into a buffer it is given, worth a model of its caller. Also asked of a delegate field or property, whose
    /// declaration holds its initializer (<c>static readonly Func&lt;float, float&gt; Exp = MathF.Exp</c>).
    /// </summary>
    public static bool NamesExpIn(ISymbol method, SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != tree)
        {
            return false;
        }

        foreach (var node in method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).DescendantNodes())
        {
            if (node is IdentifierNameSyntax { Identifier.ValueText: var name } && WellKnownSymbols.MayNameAnExp(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="method"/> has parameters, is declared once in source, and is a candidate exp helper:
    /// in <paramref name="tree"/> (any type), a body that only returns a call named like an exp (the model binds it and
    /// its exponent, which may be arithmetic of several parameters: <c>Exp(logit / temperature)</c>); in another file,
    /// whose semantic model an analyzer may not ask for, a one-parameter body that reads as an exp of the parameter by
    /// its syntax alone (<see cref="SystemMathForwarders.ForwardedFunction"/>).
    /// </summary>
    public static bool MayBeExpHelperIn(IMethodSymbol method, SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (method.Parameters.Length == 0 || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var reference = method.DeclaringSyntaxReferences[0];
        return reference.SyntaxTree == tree
            ? ReturnedExpLikeCall(BodyOf(reference.GetSyntax(cancellationToken))) is not null
            : method.Parameters.Length == 1 && SystemMathForwarders.ForwardedFunction(method, cancellationToken) == "Exp";
    }

    /// <summary>
    /// True when <paramref name="method"/>, declared once in <paramref name="tree"/>, returns an object created with an
    /// exp-like call as its first argument (<c>Value ExpOf(Value v) =&gt; new Value(Math.Exp(v.Data))</c>): a value
    /// wrapping an exp (SoftmaxModel.MemberExpHelpers.cs binds it); an instance method may have no parameter.
    /// </summary>
    public static bool MayWrapExpIn(IMethodSymbol method, SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != tree
            || method.IsStatic && method.Parameters.Length == 0)
        {
            return false;
        }

        var returned = BodyOf(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)) switch
        {
            BlockSyntax { Statements.Count: > 0 } block when block.Statements[block.Statements.Count - 1] is ReturnStatementSyntax { Expression: { } last } => last,
            ExpressionSyntax expression => expression,
            _ => null,
        };
        return returned is not null && Unparenthesised(returned) is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }
            && ReturnedExpLikeCall(arguments[0].Expression) is not null;
    }

    /// <summary><paramref name="expression"/> past casts and parentheses.</summary>
    public static ExpressionSyntax Unparenthesised(ExpressionSyntax expression)
    {
        while (expression is CastExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            expression = expression is CastExpressionSyntax cast ? cast.Expression : ((ParenthesizedExpressionSyntax)expression).Expression;
        }

        return expression;
    }
}
