using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A helper's range walk written as a <c>while</c>: <c>int i = start; while (i &lt; start + count) { …; i++; }</c> (also
/// <c>count + start</c>, <c>i &lt;= start + count - 1</c>, <c>int i = start, end = start + count; while (i &lt; end)</c>)
/// is inlined as <c>int i = 0; while (i &lt; count) { …; i++; }</c> with every read of <c>i</c> in its body written
/// <c>(start + i)</c>, the same rebase as the <c>for</c> spelling (HelperInliner.RangeWalks.cs). Invariant: a walk from
/// <c>a</c> to <c>a + n</c> exclusive, by 1, whose variable only its step writes, reads elements <c>a .. a + n - 1</c>;
/// it is the same walk as <c>0 .. n - 1</c> read at <c>a + i</c>. Only where that holds: the declaration is the
/// statement just before the loop, <c>i</c> is written only by unit steps that are statements of their own
/// (<c>i++;</c>, <c>++i;</c>, <c>i += 1;</c>) and is read by no statement after the loop, the start is not written in
/// the loop, and <c>end</c> is read by the condition only. Any other loop is inlined as written.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <inheritdoc />
    public override SyntaxNode? VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
    {
        // Action<int> f = r => …; of a delegate local expanded at its invocations: dropped (HelperInliner.DelegateLocals.cs).
        if (DeclaresExpandedDelegate(node))
        {
            return SyntaxFactory.EmptyStatement().WithTriviaFrom(node);
        }

        // int i = start; before a rebased while: int i = 0; (an end local beside it is the while's count, dropped).
        if (_scope.Helper is null || !(node.Parent is BlockSyntax block && block.Statements.IndexOf(node) is var index && index + 1 < block.Statements.Count
                && block.Statements[index + 1] is WhileStatementSyntax loop && WhileRangeWalkOf(loop) is { } walk)
            || Visit(node.Declaration.Type) is not TypeSyntax type)
        {
            return base.VisitLocalDeclarationStatement(node);
        }

        return node.WithDeclaration(SyntaxFactory.VariableDeclaration(type.WithTrailingTrivia(SyntaxFactory.Space), SyntaxFactory.SingletonSeparatedList(Counter(walk.Variable, walk.First))));
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        if (_scope.Helper is null || WhileRangeWalkOf(node) is not var (variable, start, count, _)
            || Visit(start) is not ExpressionSyntax startValue || Visit(count) is not ExpressionSyntax countValue)
        {
            return base.VisitWhileStatement(node);
        }

        var counter = SyntaxFactory.IdentifierName(CounterName(variable));
        var condition = SyntaxFactory.BinaryExpression(SyntaxKind.LessThanExpression, counter, Parenthesised(countValue.WithoutTrivia()));

        // i in the body is start + i: the position the original loop is at (its steps stay steps of the counter).
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

        return body is null ? base.VisitWhileStatement(node) : node.WithCondition(condition).WithStatement(body);
    }

    /// <summary>The counter's name in the inlined body (a renamed local keeps its new name).</summary>
    private string CounterName(ILocalSymbol variable) =>
        _scope.Renames.TryGetValue(variable.Name, out var renamed) ? renamed : variable.Name;

    /// <summary>
    /// <c>i = 0</c> (<c>i = k</c> for a walk from <c>start + k</c>): the rebased walk's counter, declared where the
    /// original declared <c>i = start</c>.
    /// </summary>
    private VariableDeclaratorSyntax Counter(ILocalSymbol variable, int first) =>
        SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(CounterName(variable)))
            .WithInitializer(SyntaxFactory.EqualsValueClause(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(first))));

    /// <summary>
    /// The loop variable, start and count of <c>int i = start; while (i &lt; start + count) { …; i++; }</c> (the
    /// spellings in the type's summary); null for any other loop or when rebasing it could change what it does.
    /// </summary>
    private (ILocalSymbol Variable, ExpressionSyntax Start, ExpressionSyntax Count, int First)? WhileRangeWalkOf(WhileStatementSyntax loop)
    {
        if (loop.Parent is not BlockSyntax block || block.Statements.IndexOf(loop) is not (> 0 and var index)
            || block.Statements[index - 1] is not LocalDeclarationStatementSyntax { Modifiers.Count: 0, Declaration.Type: not RefTypeSyntax } declaration
            || RangeHeaderOf(declaration.Declaration.Variables, loop.Condition) is not var (variable, start, count, startSymbol, end, first)
            || Writes(loop, startSymbol) || Writes(loop.Condition, variable) || !OnlyUnitStepStatements(loop.Statement, variable)
            || end is not null && Reads(loop.Statement, end)
            || block.Statements.Skip(index + 1).Any(after => Reads(after, variable) || end is not null && Reads(after, end)))
        {
            return null;
        }

        return (variable, start, count, first);
    }

    /// <summary>True when every write of <paramref name="variable"/> in <paramref name="body"/> is a unit step that is a statement of its own.</summary>
    private bool OnlyUnitStepStatements(StatementSyntax body, ILocalSymbol variable) =>
        body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(name => name.Identifier.ValueText == variable.Name && IsName(name, variable) && IsWritten(name))
            .All(name => name.Parent is ExpressionSyntax step && step.Parent is ExpressionStatementSyntax && IsUnitStep(step, variable));
}
