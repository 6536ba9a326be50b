using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A helper's loop over a range given by a start and a count, <c>for (int i = start; i &lt; start + count; i++)</c>
/// (also <c>count + start</c>, <c>i &lt;= start + count - 1</c>, <c>for (int i = start, end = start + count; i &lt; end; i++)</c>),
/// is inlined as the same walk counted from zero, <c>for (int i = 0; i &lt; count; i++)</c>, with every read of
/// <c>i</c> in its body written <c>(start + i)</c>. Invariant: both loops run their body for the positions
/// <c>start, start + 1, …, start + count - 1</c> in order, so the inlined walk covers the range [start, start + count)
/// exactly as the offset spelling <c>for (i = 0; i &lt; count; i++) … buf[start + i]</c> does, whatever the call
/// passes: <c>(buf, 0, buf.Length)</c> is the whole buffer, <c>(buf, r * cols, cols)</c> row r. Every model mechanism
/// reads both spellings alike. Only where that holds: <c>start</c> is a name the loop never writes, <c>i</c> is written
/// by its one step (<c>i++</c>, <c>++i</c>, <c>i += 1</c>) only, the count does not read <c>i</c>, and an <c>end</c>
/// local is read by the condition only. Any other loop is inlined as written.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// The loop variables of range walks whose body is being inlined → what a read of each becomes
    /// (<c>(start + i)</c> in the caller's terms).
    /// </summary>
    private readonly Dictionary<ILocalSymbol, ExpressionSyntax> _rangeWalkReads = new(SymbolEqualityComparer.Default);

    /// <inheritdoc />
    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        if (_scope.Helper is null || RangeWalkOf(node) is not var (variable, start, count, first))
        {
            return base.VisitForStatement(node);
        }

        if (Visit(start) is not ExpressionSyntax startValue || Visit(count) is not ExpressionSyntax countValue
            || Visit(node.Declaration!.Type) is not TypeSyntax type)
        {
            return base.VisitForStatement(node);
        }

        var name = _scope.Renames.TryGetValue(variable.Name, out var renamed) ? renamed : variable.Name;
        var counter = SyntaxFactory.IdentifierName(name);
        var declaration = SyntaxFactory.VariableDeclaration(
            type.WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(name))
                .WithInitializer(SyntaxFactory.EqualsValueClause(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(first))))));
        var condition = SyntaxFactory.BinaryExpression(SyntaxKind.LessThanExpression, counter, Parenthesised(countValue.WithoutTrivia()));
        var incrementors = VisitList(node.Incrementors);

        // i in the body is start + i: the position the original loop is at.
        _rangeWalkReads[variable] = Parenthesised(SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, Parenthesised(startValue.WithoutTrivia()), counter));
        StatementSyntax? body;
        try
        {
            body = Visit(node.Statement) as StatementSyntax;
        }
        finally
        {
            _rangeWalkReads.Remove(variable);
        }

        return body is null
            ? base.VisitForStatement(node)
            : node.WithDeclaration(declaration).WithInitializers(default).WithCondition(condition).WithIncrementors(incrementors).WithStatement(body);
    }

    /// <summary>
    /// What a read of a range walk's loop variable becomes inside its body; null for any other name, and for the
    /// variable's own unit step (a while's <c>i++;</c>), which steps the counter.
    /// </summary>
    private ExpressionSyntax? RangeWalkRead(IdentifierNameSyntax node) =>
        _rangeWalkReads.Count > 0 && !IsWritten(node) && _model.GetSymbolInfo(node, _cancellationToken).Symbol is ILocalSymbol local
            && _rangeWalkReads.TryGetValue(local, out var read)
            ? read.WithTriviaFrom(node)
            : null;

    /// <summary>
    /// The loop variable, start and count of <c>for (int i = start; i &lt; start + count; i++)</c> in the helper (the
    /// spellings in the type's summary); null for any other loop or when rebasing it could change what it does.
    /// </summary>
    private (ILocalSymbol Variable, ExpressionSyntax Start, ExpressionSyntax Count, int First)? RangeWalkOf(ForStatementSyntax loop)
    {
        if (loop is not { Declaration.Variables: var declarators, Initializers.Count: 0, Condition: { } condition, Incrementors.Count: 1 }
            || RangeHeaderOf(declarators, condition) is not var (variable, start, count, startSymbol, end, first)
            || !IsUnitStep(loop.Incrementors[0], variable)
            || Writes(loop, startSymbol) || Writes(loop.Statement, variable)
            || end is not null && (Reads(loop.Statement, end) || loop.Incrementors.Any(step => Reads(step, end))))
        {
            return null;
        }

        return (variable, start, count, first);
    }

    /// <summary>
    /// The loop variable, start and count shared by a range walk's header: <c>int i = start</c> (with an optional
    /// <c>end = start + count</c> beside it) and the condition <c>i &lt; start + count</c> (<c>count + start</c>,
    /// <c>i &lt;= start + count - 1</c>, <c>i &lt; end</c>); null for any other header. <c>i</c> is an int or long, the
    /// start a local or by-value parameter, and the count reads neither <c>i</c> nor <c>end</c>. An off-by-one bound
    /// (<c>i &lt;= start + count</c>, <c>i &lt; start + count - 1</c>) is another span and gives null.
    /// </summary>
    private (ILocalSymbol Variable, ExpressionSyntax Start, ExpressionSyntax Count, ISymbol StartSymbol, ILocalSymbol? End, int First)? RangeHeaderOf(
        SeparatedSyntaxList<VariableDeclaratorSyntax> declarators, ExpressionSyntax conditionExpression)
    {
        if (declarators.Count is not (1 or 2) || conditionExpression is not BinaryExpressionSyntax condition
            || declarators[0].Initializer?.Value is not { } initial || RangeStartOf(initial) is not var (start, first)
            || _model.GetDeclaredSymbol(declarators[0], _cancellationToken) is not ILocalSymbol variable
            || variable.Type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64)
            || _model.GetSymbolInfo(start, _cancellationToken).Symbol is not { } startSymbol
            || startSymbol is not (ILocalSymbol or IParameterSymbol { RefKind: RefKind.None or RefKind.In })
            || !IsName(condition.Left, variable))
        {
            return null;
        }

        // The bound: start + count, count + start, start + count - 1 (with <=), or an end local declared beside i as one.
        var bound = condition.Right;
        ILocalSymbol? end = null;
        if (declarators.Count == 2)
        {
            if (!condition.IsKind(SyntaxKind.LessThanExpression) || !IsName(bound, end = _model.GetDeclaredSymbol(declarators[1], _cancellationToken) as ILocalSymbol)
                || declarators[1].Initializer?.Value is not { } endValue)
            {
                return null;
            }

            bound = endValue;
        }
        else if (condition.IsKind(SyntaxKind.LessThanOrEqualExpression))
        {
            if (Unparenthesised(bound) is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } minusOne)
            {
                return null;
            }

            bound = minusOne.Left;
        }
        else if (!condition.IsKind(SyntaxKind.LessThanExpression))
        {
            return null;
        }

        if (Unparenthesised(bound) is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum)
        {
            return null;
        }

        var count = IsName(sum.Left, startSymbol) ? sum.Right : IsName(sum.Right, startSymbol) ? sum.Left : null;
        if (count is null || Reads(count, variable) || end is not null && Reads(count, end))
        {
            return null;
        }

        return (variable, start, count, startSymbol, end, first);
    }

    /// <summary><c>i++</c>, <c>++i</c> or <c>i += 1</c>.</summary>
    private bool IsUnitStep(ExpressionSyntax step, ILocalSymbol variable) => step switch
    {
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression } post => IsName(post.Operand, variable),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression } pre => IsName(pre.Operand, variable),
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } add => IsName(add.Left, variable),
        _ => false,
    };

    private bool IsName(ExpressionSyntax expression, ISymbol? symbol) =>
        symbol is not null && Unparenthesised(expression) is IdentifierNameSyntax name
        && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, _cancellationToken).Symbol, symbol);

    private bool Reads(SyntaxNode node, ISymbol symbol) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == symbol.Name && IsName(name, symbol));

    /// <summary>True when <paramref name="node"/> assigns, steps or passes by reference <paramref name="symbol"/> (the loop's own step aside for its variable).</summary>
    private bool Writes(SyntaxNode node, ISymbol symbol) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == symbol.Name && IsName(name, symbol) && IsWritten(name));

    private static bool IsWritten(ExpressionSyntax name)
    {
        var outer = name;
        while (outer.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            outer = parenthesized;
        }

        return outer.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == outer,
            PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => true,
            ArgumentSyntax argument => argument.RefKindKeyword.RawKind != 0,
            RefExpressionSyntax => true,
            _ => false,
        };
    }
}
