using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A delegate local of the method given one lambda and only invoked (<c>Action&lt;int&gt; normalise = r =&gt; { … };</c>
/// then <c>for (…) normalise(r);</c>): each invocation is the lambda's body, its parameters read as the arguments, as
/// for a lambda passed to a helper (HelperInliner.DelegateArguments.cs); the declaration is dropped. A local the
/// lambda captures is then seen to carry from one invocation (one row) to the next. A block lambda that returns once,
/// last (<c>Func&lt;float[], float[]&gt; shifted = row =&gt; { …; return e; }</c>) is expanded where its value is stored,
/// <c>exps[r] = shifted(x[r]);</c> (HelperInliner.ReturnedRows.cs). Only where that is exact: the
/// local is declared and assigned once, every read of it is an invocation with plain arguments in the method's own
/// code (not inside another lambda or local function, which may run at another time), and the lambda is expandable.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>Delegate locals expanded at their invocations → their lambda; computed once per method.</summary>
    private Dictionary<ILocalSymbol, AnonymousFunctionExpressionSyntax>? _delegateLocals;

    /// <summary>The method's expandable delegate locals (see the type summary).</summary>
    private Dictionary<ILocalSymbol, AnonymousFunctionExpressionSyntax> DelegateLocals()
    {
        if (_delegateLocals is not null)
        {
            return _delegateLocals;
        }

        _delegateLocals = new Dictionary<ILocalSymbol, AnonymousFunctionExpressionSyntax>(SymbolEqualityComparer.Default);
        if (BodyOf(_declaration) is not { } body)
        {
            return _delegateLocals;
        }

        foreach (var declaration in body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<LocalDeclarationStatementSyntax>())
        {
            if (declaration is not { Modifiers.Count: 0, Declaration.Variables: [{ Initializer.Value: AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: 0 } lambda } declarator] }
                || _model.GetDeclaredSymbol(declarator, _cancellationToken) is not ILocalSymbol { Type.TypeKind: TypeKind.Delegate } local
                || LambdaParameters(lambda) is not { Count: > 0 } parameters
                || lambda.Block is { } block && block.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().Any()
                    && ReturnedBody(lambda) is null
                || parameters.Select(parameter => _model.GetDeclaredSymbol(parameter, _cancellationToken)).Any(symbol => symbol is null || !IsExpandableParameter(symbol, lambda)))
            {
                continue;
            }

            var invoked = 0;
            var expandable = true;
            foreach (var name in body.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != local.Name || !IsName(name, local))
                {
                    continue;
                }

                if (InvocationOf(name) is not { } invocation || invocation.ArgumentList.Arguments.Count != parameters.Count
                    || invocation.ArgumentList.Arguments.Select((value, position) => (value, position)).Any(argument => !IsExpandableArgument(argument.value, parameters[argument.position]))
                    || lambda.Block is not null && !(ReturnedBody(lambda) is null ? invocation.Parent is ExpressionStatementSyntax : IsStoredValue(invocation))
                    || invocation.SpanStart < declaration.Span.End
                    || invocation.Ancestors().TakeWhile(ancestor => ancestor != body).Any(ancestor => ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                {
                    expandable = false;
                    break;
                }

                invoked++;
            }

            if (expandable && invoked > 0)
            {
                _delegateLocals[local] = lambda;
            }
        }

        return _delegateLocals;
    }

    /// <summary>
    /// True when a parameter of the lambda may be read as its argument: by value and never written, or <c>ref</c>
    /// (<c>(ref sum, term) =&gt; sum += term</c>): the variable passed by reference is the one the body writes.
    /// </summary>
    private bool IsExpandableParameter(IParameterSymbol parameter, AnonymousFunctionExpressionSyntax lambda) =>
        parameter.RefKind == RefKind.Ref || parameter.RefKind == RefKind.None && !Writes(lambda.Body, parameter);

    /// <summary>
    /// True when <paramref name="argument"/> can stand for <paramref name="parameter"/> in the expanded body: a plain
    /// value for a by-value parameter, <c>ref v</c> of a variable for a <c>ref</c> one; positional either way.
    /// </summary>
    private bool IsExpandableArgument(ArgumentSyntax argument, ParameterSyntax parameter) =>
        argument.NameColon is null && IsPlain(argument.Expression)
        && (_model.GetDeclaredSymbol(parameter, _cancellationToken)?.RefKind == RefKind.Ref
            ? argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) && argument.Expression is IdentifierNameSyntax
            : argument.RefKindKeyword.RawKind == 0);

    /// <summary>The lambda an invocation's callee (a delegate local of the method) is expanded as; null for any other callee.</summary>
    private AnonymousFunctionExpressionSyntax? DelegateLocalLambda(ExpressionSyntax callee) =>
        _scope.Helper is null && Unparenthesised(callee) is IdentifierNameSyntax name && DelegateLocals().Count > 0
        && _model.GetSymbolInfo(name, _cancellationToken).Symbol is ILocalSymbol local && DelegateLocals().TryGetValue(local, out var lambda)
            ? lambda
            : null;

    /// <summary>True when <paramref name="declaration"/> declares an expanded delegate local (it is dropped: HelperInliner.WhileRangeWalks.cs visits declarations).</summary>
    private bool DeclaresExpandedDelegate(StatementSyntax declaration) =>
        _scope.Helper is null && declaration is LocalDeclarationStatementSyntax { Declaration.Variables: [var declarator] } && DelegateLocals().Count > 0
        && _model.GetDeclaredSymbol(declarator, _cancellationToken) is ILocalSymbol local && DelegateLocals().ContainsKey(local);

    /// <summary>True for <c>target = f(…);</c>: the invocation is the whole right side of a simple assignment statement.</summary>
    private static bool IsStoredValue(InvocationExpressionSyntax invocation) =>
        invocation.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax or ElementAccessExpressionSyntax, Parent: ExpressionStatementSyntax } assignment
        && assignment.Right == invocation;
}
