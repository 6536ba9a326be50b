using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A lambda passed to a helper of the method's own type for a delegate parameter the helper only invokes
/// (<c>Loop(n, i =&gt; …)</c> with <c>for (int i = 0; i &lt; count; i++) step(i);</c>, <c>ForEachRow(rows, (row, _) =&gt; …)</c>,
/// <c>Stream(x, start, count, v =&gt; …)</c>, <c>acc += f(i)</c>): each invocation of the parameter in the inlined helper
/// becomes the lambda's body, its parameters read as the invocation's arguments. The helper's loop then runs the
/// caller's code as a loop written inline would, as <c>Parallel.For</c>'s lambda is read. Only where that is exact: every
/// read of the parameter is an invocation with plain arguments, the lambda writes none of its parameters, and a block
/// body (which may not stand where a value is needed) returns nothing and is invoked as a statement.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>Lambda parameters whose body is being expanded at an invocation → what a read of each becomes.</summary>
    private readonly Dictionary<IParameterSymbol, ExpressionSyntax> _lambdaParameterReads = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The lambda <paramref name="argument"/> passes for the delegate <paramref name="parameter"/> of the helper
    /// <paramref name="shape"/> when its body can stand at each invocation of the parameter (see the type summary); null otherwise.
    /// </summary>
    private AnonymousFunctionExpressionSyntax? ExpandableLambda(IParameterSymbol parameter, ArgumentSyntax argument, HelperShape shape)
    {
        if (parameter.Type.TypeKind != TypeKind.Delegate || parameter.RefKind != RefKind.None
            || argument.Expression is not AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: 0 } lambda
            || LambdaParameters(lambda) is not { } parameters || parameters.Count == 0)
        {
            return null;
        }

        // A block body with a return (a value, or an early exit) is not one statement at the invocation.
        if (lambda.Block is { } block && block.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().Any())
        {
            return null;
        }

        var symbols = parameters.Select(syntax => _model.GetDeclaredSymbol(syntax, _cancellationToken)).ToList();
        if (symbols.Any(symbol => symbol is null || symbol.RefKind != RefKind.None) || symbols.Any(symbol => Writes(lambda.Body, symbol!)))
        {
            return null;
        }

        var invoked = 0;
        foreach (var name in shape.Declaration.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != parameter.Name || !IsName(name, parameter.OriginalDefinition) && !IsOwnParameter(name, parameter))
            {
                continue;
            }

            if (InvocationOf(name) is not { } invocation || invocation.ArgumentList.Arguments.Count != parameters.Count
                || invocation.ArgumentList.Arguments.Any(value => value.RefKindKeyword.RawKind != 0 || value.NameColon is not null || !IsPlain(value.Expression))
                || lambda.Block is not null && invocation.Parent is not ExpressionStatementSyntax)
            {
                return null;
            }

            invoked++;
        }

        return invoked > 0 ? lambda : null;
    }

    /// <summary>True when <paramref name="name"/> binds to the helper's own parameter of that ordinal (the helper may be generic).</summary>
    private bool IsOwnParameter(IdentifierNameSyntax name, IParameterSymbol parameter) =>
        _model.GetSymbolInfo(name, _cancellationToken).Symbol is IParameterSymbol read && read.Ordinal == parameter.Ordinal
        && SymbolEqualityComparer.Default.Equals(read.ContainingSymbol?.OriginalDefinition, parameter.ContainingSymbol?.OriginalDefinition);

    /// <summary>The invocation <c>f(…)</c> or <c>f.Invoke(…)</c> whose callee is <paramref name="name"/>; null for any other read.</summary>
    private static InvocationExpressionSyntax? InvocationOf(IdentifierNameSyntax name)
    {
        ExpressionSyntax callee = name;
        if (name.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } invoke && invoke.Expression == name)
        {
            callee = invoke;
        }

        return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? invocation : null;
    }

    /// <summary>The parameters of a simple or parenthesised lambda; null for an anonymous method.</summary>
    private static IReadOnlyList<ParameterSyntax>? LambdaParameters(AnonymousFunctionExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => new[] { simple.Parameter },
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters,
        _ => null,
    };

    /// <summary>
    /// An invocation, in an inlined helper, of a delegate parameter bound to an expandable lambda: the lambda's body with
    /// its parameters read as the invocation's arguments (a block or expression statement where the invocation is a
    /// statement, the parenthesised expression where it is a value); null for any other invocation.
    /// </summary>
    private SyntaxNode? ExpandedDelegateCall(InvocationExpressionSyntax node, bool asStatement)
    {
        var callee = node.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke", Expression: var invoked } ? invoked : node.Expression;
        AnonymousFunctionExpressionSyntax? lambda;
        Scope caller;
        int callerChain;
        if (DelegateLocalLambda(callee) is { } local)
        {
            // A delegate local of the method: its body stands where it is invoked (HelperInliner.DelegateLocals.cs).
            (lambda, caller, callerChain) = (local, _scope, _inlining.Count);
        }
        else if (_scope.Delegates.Count > 0 && _scope.Caller is { } helperCaller
            && Unparenthesised(callee) is IdentifierNameSyntax name && _model.GetSymbolInfo(name, _cancellationToken).Symbol is IParameterSymbol parameter
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, _scope.Helper?.OriginalDefinition)
            && _scope.Delegates.TryGetValue(parameter.Ordinal, out var argument))
        {
            (lambda, caller, callerChain) = (argument, helperCaller, _scope.CallerChain);
        }
        else
        {
            return null;
        }

        if (LambdaParameters(lambda) is not { } parameters || parameters.Count != node.ArgumentList.Arguments.Count || _calls >= MaxCalls)
        {
            return null;
        }

        // The arguments in the helper's terms, then the body in the caller's (it was written there).
        var reads = new List<(IParameterSymbol Parameter, ExpressionSyntax Value)>();
        for (var index = 0; index < parameters.Count; index++)
        {
            if (Visit(node.ArgumentList.Arguments[index].Expression) is not ExpressionSyntax value
                || _model.GetDeclaredSymbol(parameters[index], _cancellationToken) is not { } symbol)
            {
                return null;
            }

            reads.Add((symbol, Parenthesised(value.WithoutTrivia())));
        }

        // The body is the caller's code: its calls may inline the helpers being inlined here (Loop inside Loop's lambda).
        var helperScope = _scope;
        var chain = _inlining.GetRange(callerChain, _inlining.Count - callerChain);
        _inlining.RemoveRange(callerChain, chain.Count);
        _calls++;
        var inScope = _inScope;
        _scope = caller;
        foreach (var (symbol, value) in reads)
        {
            _lambdaParameterReads[symbol] = value;
        }

        try
        {
            switch (lambda.Body)
            {
                case BlockSyntax block when asStatement:
                    return Visit(block) as BlockSyntax;
                case InvocationExpressionSyntax call when asStatement && InlinedBodyCall(call) is { } inlined:
                    // b => Loop(classes, c => …): the helper the expression calls, inlined as its statement would be.
                    return SyntaxFactory.Block(SyntaxFactory.List(inlined));
                case ExpressionSyntax expression when Visit(expression) is ExpressionSyntax value:
                    if (!asStatement)
                    {
                        return Parenthesised(value.WithoutTrivia());
                    }

                    // A statement expression stays one; any other value is discarded (_ = …), as the delegate call did.
                    return IsStatementExpression(value)
                        ? SyntaxFactory.ExpressionStatement(Unparenthesised(value).WithoutTrivia())
                        : Assignment(SyntaxFactory.IdentifierName("_"), value.WithoutTrivia());
                default:
                    return null;
            }
        }
        finally
        {
            _scope = helperScope;
            _inScope = inScope;
            _inlining.AddRange(chain);
            foreach (var (symbol, _) in reads)
            {
                _lambdaParameterReads.Remove(symbol);
            }
        }
    }

    /// <summary>
    /// The statements inlining the helper an expression-bodied lambda calls as its whole body, as for a statement
    /// <c>Helper(…);</c> (<see cref="InlinedStatements"/>); null when it calls no inlinable helper.
    /// </summary>
    private List<StatementSyntax>? InlinedBodyCall(InvocationExpressionSyntax call)
    {
        if (_scope.Depth >= MaxChain || _calls >= MaxCalls || ShapeOf(call) is null || KernelOf(call) is not null
            || call.Ancestors().OfType<StatementSyntax>().FirstOrDefault() is not { } statement)
        {
            return null;
        }

        if (_scope.Helper is null)
        {
            _inScope = LocalScopes.NamesInScopeAt(statement);
        }

        return Inlined(call, target: null, targetType: null, declaration: null);
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitExpressionStatement(ExpressionStatementSyntax node) =>
        Unparenthesised(node.Expression) is InvocationExpressionSyntax call && ExpandedDelegateCall(call, asStatement: true) is StatementSyntax expanded
            ? expanded.WithAdditionalAnnotations(InlinedBody.OriginOf(node))
            : base.VisitExpressionStatement(node);

    /// <summary>What a read of a lambda parameter becomes while its body is expanded at an invocation; null otherwise.</summary>
    private ExpressionSyntax? LambdaParameterRead(IdentifierNameSyntax node) =>
        _lambdaParameterReads.Count > 0 && _model.GetSymbolInfo(node, _cancellationToken).Symbol is IParameterSymbol parameter
        && _lambdaParameterReads.TryGetValue(parameter, out var value)
            ? value.WithTriviaFrom(node)
            : null;

    /// <summary>True for an expression C# allows as a statement (an assignment, a call, a creation, a step).</summary>
    private static bool IsStatementExpression(ExpressionSyntax expression) =>
        Unparenthesised(expression) is AssignmentExpressionSyntax or InvocationExpressionSyntax or ObjectCreationExpressionSyntax
            or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression }
            or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression };
}
