using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Readers of a member's body when it is one statement or one returned value — the shape every "a member that only
/// returns/does X" recogniser starts from (user indexers, member views, setter folds, recursive folds, Math forwarders).
/// </summary>
internal static class BodySyntax
{
    /// <summary>
    /// The one expression a declaration returns: its expression body (<c>=&gt; e</c>), or the value of a body that is a
    /// single <c>return e;</c>. Reads methods, local functions, indexers, accessors and a bare <c>=&gt; e</c> clause
    /// (an expression-bodied indexer's or property's getter reference); null for anything else.
    /// </summary>
    public static ExpressionSyntax? ReturnedExpression(SyntaxNode? declaration) => declaration switch
    {
        ArrowExpressionClauseSyntax { Expression: var body } => body,
        MethodDeclarationSyntax method => Returned(method.ExpressionBody, method.Body),
        LocalFunctionStatementSyntax local => Returned(local.ExpressionBody, local.Body),
        IndexerDeclarationSyntax indexer => indexer.ExpressionBody?.Expression,
        AccessorDeclarationSyntax accessor => Returned(accessor.ExpressionBody, accessor.Body),
        _ => null,
    };

    /// <summary>The value <c>return e;</c> or <c>{ return e; }</c> returns; null for any other statement.</summary>
    public static ExpressionSyntax? ReturnedValue(StatementSyntax? statement) => statement switch
    {
        ReturnStatementSyntax { Expression: { } value } => value,
        BlockSyntax { Statements: [ReturnStatementSyntax { Expression: { } value }] } => value,
        _ => null,
    };

    /// <summary>The body's one node: the expression of <c>=&gt; e</c>, or the only statement of a block; null for anything longer.</summary>
    public static SyntaxNode? SingleNode(ArrowExpressionClauseSyntax? arrow, BlockSyntax? body) =>
        (SyntaxNode?)arrow?.Expression ?? (body is { Statements: [var only] } ? only : null);

    private static ExpressionSyntax? Returned(ArrowExpressionClauseSyntax? arrow, BlockSyntax? body) =>
        arrow?.Expression ?? ReturnedValue(body);
}
