using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Branches of an inlined helper that a constant argument decides: <c>Max(a, axis: 0)</c> inlines
/// <c>axis == 0 ? new double[1, cols] : new double[rows, 1]</c> as <c>new double[1, cols]</c> and
/// <c>if (axis == 0) … else …</c> as its taken branch, so the fold the call makes (over the dimension the axis selects)
/// is the one the model reads, as if the caller had written it for that axis.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <inheritdoc />
    public override SyntaxNode? VisitConditionalExpression(ConditionalExpressionSyntax node) =>
        DecidedCondition(node.Condition) is { } taken && Visit(taken ? node.WhenTrue : node.WhenFalse) is ExpressionSyntax branch
            ? SyntaxFactory.ParenthesizedExpression(branch).WithTriviaFrom(node)
            : base.VisitConditionalExpression(node);

    /// <inheritdoc />
    public override SyntaxNode? VisitIfStatement(IfStatementSyntax node)
    {
        if (DecidedCondition(node.Condition) is not { } taken)
        {
            return base.VisitIfStatement(node);
        }

        // The taken branch in a block of its own (its locals keep their scope); nothing for a false if without else.
        var branch = taken ? node.Statement : node.Else?.Statement;
        return branch is null
            ? SyntaxFactory.Block().WithTriviaFrom(node)
            : Visit(branch) is StatementSyntax visited ? SyntaxFactory.Block(visited).WithTriviaFrom(node) : base.VisitIfStatement(node);
    }

    /// <summary>
    /// The value of a comparison (<c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>) of integers
    /// inside an inlined helper whose operands are constants or parameters passed a constant (and never written by the
    /// helper); null anywhere else.
    /// </summary>
    private bool? DecidedCondition(ExpressionSyntax condition)
    {
        if (_scope.Helper is null || _scope.Constants.Count == 0
            || Unparenthesised(condition) is not BinaryExpressionSyntax comparison
            || ConstantInteger(comparison.Left) is not { } left || ConstantInteger(comparison.Right) is not { } right)
        {
            return null;
        }

        return comparison.Kind() switch
        {
            SyntaxKind.EqualsExpression => left == right,
            SyntaxKind.NotEqualsExpression => left != right,
            SyntaxKind.LessThanExpression => left < right,
            SyntaxKind.LessThanOrEqualExpression => left <= right,
            SyntaxKind.GreaterThanExpression => left > right,
            SyntaxKind.GreaterThanOrEqualExpression => left >= right,
            _ => null,
        };
    }

    /// <summary>An integer constant of the helper's source, or the constant passed for one of its parameters; null otherwise.</summary>
    private long? ConstantInteger(ExpressionSyntax expression)
    {
        expression = Unparenthesised(expression);
        if (expression is IdentifierNameSyntax name && _model.GetSymbolInfo(name, _cancellationToken).Symbol is IParameterSymbol parameter
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, _scope.Helper?.OriginalDefinition))
        {
            return _scope.Constants.TryGetValue(parameter.Ordinal, out var passed) ? passed : null;
        }

        return _model.GetConstantValue(expression, _cancellationToken) is { HasValue: true, Value: { } value } ? Integer(value) : null;
    }

    /// <summary>An integral constant as a long; null for any other value.</summary>
    internal static long? Integer(object? value) => value switch
    {
        int number => number,
        long number => number,
        short number => number,
        sbyte number => number,
        byte number => number,
        ushort number => number,
        uint number => number,
        _ => null,
    };
}
