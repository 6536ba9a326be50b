using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A lambda of the method whose expression body is one call of a pure helper that returns a sum it accumulates
/// afresh at every call (<c>alternatives.Max(a =&gt; Utility(a, beta))</c>, <c>a =&gt; a.Utility(beta)</c> with
/// <c>double Utility(double[] beta) { double u = 0; for (…) u += beta[j] * Attributes[j]; return u; }</c>): the body
/// becomes a block running the helper's body, <c>a =&gt; { double u; { u = 0; for (…) u += …; } return u; }</c>, so the
/// selector's value is the helper's meaning for the element it is given (SoftmaxModel.PerCallAccumulators.cs), as for
/// the call inlined in a loop. Only for a lambda of element objects (<see cref="IsElementObject"/>); any other call in a
/// lambda stays a call (its helper summary reads it).
/// </summary>
internal sealed partial class HelperInliner
{
    /// <inheritdoc />
    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        InlinedLambdaBody(node, node.ExpressionBody, new[] { node.Parameter }) is { } body
            ? node.WithExpressionBody(null).WithBody(body).WithArrowToken(node.ArrowToken)
            : base.VisitSimpleLambdaExpression(node);

    /// <inheritdoc />
    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        InlinedLambdaBody(node, node.ExpressionBody, node.ParameterList.Parameters) is { } body
            ? node.WithExpressionBody(null).WithBody(body).WithArrowToken(node.ArrowToken)
            : base.VisitParenthesizedLambdaExpression(node);

    /// <summary>
    /// The block that replaces <paramref name="lambda"/>'s expression body when it is one call of a helper returning a
    /// per-call sum (see the type summary); null otherwise.
    /// </summary>
    private BlockSyntax? InlinedLambdaBody(AnonymousFunctionExpressionSyntax lambda, ExpressionSyntax? expression, IEnumerable<ParameterSyntax> parameters)
    {
        if (_scope.Helper is not null || _scope.Depth >= MaxChain || _calls >= MaxCalls
            || expression is null || Unparenthesised(expression) is not InvocationExpressionSyntax call
            || ShapeOf(call) is not { IsPure: true, Yielded: null, NeedsUnsafeContext: false, Pinning.IsEmpty: true } shape
            || !ReturnsPerCallSum(shape)
            || _model.GetSymbolInfo(lambda, _cancellationToken).Symbol is not IMethodSymbol { Parameters.Length: > 0 } function
            || !function.Parameters.All(parameter => IsElementObject(parameter.Type))
            || lambda.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault() is not { } statement)
        {
            return null;
        }

        var outerScope = _inScope;
        _inScope = LocalScopes.NamesInScopeAt(statement);
        foreach (var parameter in parameters)
        {
            _inScope.Add(parameter.Identifier.ValueText);
        }

        try
        {
            var name = Allocate(_usedNames, ((IdentifierNameSyntax)shape.Returned!).Identifier.ValueText);
            var type = shape.Method.ReturnType;
            var statements = new List<StatementSyntax> { Declaration(type, name, call.SpanStart, initializer: null) };
            if (Inlined(call, SyntaxFactory.IdentifierName(name), type, declaration: null) is not { } inlined)
            {
                return null;
            }

            statements.AddRange(inlined);
            statements.Add(SyntaxFactory.ReturnStatement(SyntaxFactory.IdentifierName(name)).NormalizeWhitespace().WithAdditionalAnnotations(InlinedBody.OriginOf(expression)));
            return SyntaxFactory.Block(statements).WithAdditionalAnnotations(InlinedBody.OriginOf(expression));
        }
        finally
        {
            _inScope = outerScope;
        }
    }

    /// <summary>
    /// True for an element object a per-call sum may be read of (a record or class of attributes, <c>Alt</c>): a class or
    /// struct that is no collection, string or buffer and has no indexer. A row, a span, a list or a number passed to the
    /// helper keeps its reading (a row sum folds the caller's data: the helper summaries read it).
    /// </summary>
    private static bool IsElementObject(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None, IsTupleType: false } named
        && !named.GetMembers().OfType<IPropertySymbol>().Any(property => property.IsIndexer)
        && !named.AllInterfaces.Any(candidate => candidate.Name == "IEnumerable")
        && !WellKnownSymbols.IsNumeric(named)
        && named.Name is not ("Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" or "ArraySegment");

    /// <summary>
    /// True when <paramref name="shape"/> returns the local it declares first (<see cref="HelperShape.AccumulatorDeclaration"/>)
    /// and writes it elsewhere only by adding terms that call nothing to it (<c>u += beta[j] * x[j]</c>): a sum that starts
    /// afresh at every call.
    /// </summary>
    private static bool ReturnsPerCallSum(HelperShape shape)
    {
        if (shape.AccumulatorDeclaration < 0 || shape.Returned is not IdentifierNameSyntax returned)
        {
            return false;
        }

        var name = returned.Identifier.ValueText;
        var sums = 0;
        foreach (var statement in shape.Statements)
        {
            foreach (var node in statement.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax { Left: IdentifierNameSyntax written } assignment when written.Identifier.ValueText == name:
                        // Terms of reads and arithmetic only (a dot product), as SoftmaxModel.PerCallAccumulators.cs reads them.
                        if (!assignment.IsKind(SyntaxKind.AddAssignmentExpression) || assignment.Right.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any())
                        {
                            return false;
                        }

                        sums++;
                        break;
                    case PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax written } when written.Identifier.ValueText == name:
                    case PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax written2 } when written2.Identifier.ValueText == name:
                    case ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax written3 } when written3.Identifier.ValueText == name:
                        return false;
                }
            }
        }

        return sums > 0;
    }
}
