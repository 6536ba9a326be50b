using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A method (or a local function of it) that is a self-recursive walk over an index (<see cref="RecursiveLoop"/>) is
/// modelled as the loop it runs: <c>if (i &gt;= n) return; S; Walk(x, y, i + 1, peak);</c> becomes <c>for (int i_1 = i;
/// i_1 &lt; n; i_1++) { S; carried = peak; }</c> with the index read as the loop variable. A parameter handed on updated
/// is then an accumulator that every model mechanism sees carried across the rows (never reset: LG0001, LG0002), and
/// one handed a constant is reset at the end of each row, as the same loop written by hand. When the carried value is a
/// local the body declares (<c>double peak = Math.Max(carried, …);</c>, the parameter read nowhere after), that local
/// is declared before the loop with the parameter's value and stands for it (<c>double peak = carried; for (…) { peak =
/// Math.Max(peak, …); … }</c>): the running max written inline.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// The parameters of the walks being written as loops that the loop reads under another name: the index → the loop
    /// variable, a carried parameter → the local that carries it.
    /// </summary>
    private readonly Dictionary<IParameterSymbol, string> _loopRenames = new(SymbolEqualityComparer.Default);

    /// <summary>True once a recursive walk was written as a loop (the body differs from the source even without a helper call).</summary>
    private bool _loweredWalk;

    /// <summary>The loop <paramref name="declaration"/> (a method or local function of this file) runs; null for any other.</summary>
    private RecursiveLoop? LoopOf(SyntaxNode declaration) =>
        _model.GetDeclaredSymbol(declaration, _cancellationToken) is IMethodSymbol method
            ? RecursiveFold.ReadLoop(method, declaration, _model, _cancellationToken)
            : null;

    /// <summary>True when the method, or a local function declared in it, is a recursive walk to write as a loop.</summary>
    private bool HasRecursiveLoops(BlockSyntax body) =>
        LoopOf(_declaration) is not null || body.DescendantNodes().OfType<LocalFunctionStatementSyntax>().Any(local => LoopOf(local) is not null);

    /// <inheritdoc />
    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) =>
        node.Body is { } body && _scope.Helper is null && LoopOf(node) is { } loop && LoweredLoop(loop, body) is { } lowered
            ? node.WithBody(lowered)
            : base.VisitLocalFunctionStatement(node);

    /// <summary>The body of a recursive walk as its loop (see the type summary); null when a part does not rewrite.</summary>
    private BlockSyntax? LoweredLoop(RecursiveLoop loop, BlockSyntax body)
    {
        var variable = Allocate(new HashSet<string>(_usedNames, System.StringComparer.Ordinal), loop.Index.Name);
        var carriedLocals = CarriedLocals(loop, body);
        _loopRenames[loop.Index] = variable;
        foreach (var (parameter, local) in carriedLocals.Values)
        {
            _loopRenames[parameter] = local.Name;
        }

        try
        {
            // double peak = Math.Max(carried, …); handed on as Walk(…, peak): peak is declared before the loop with the
            // parameter's value, and the declaration in the body assigns it (the body reads the parameter as peak).
            var result = new List<StatementSyntax>();
            foreach (var statement in carriedLocals.Keys)
            {
                var (parameter, local) = carriedLocals[statement];
                result.Add(Declaration(local.Type, local.Name, statement.SpanStart, SyntaxFactory.IdentifierName(parameter.Name)).WithAdditionalAnnotations(InlinedBody.OriginOf(statement)));
            }

            var statements = new List<StatementSyntax>();
            foreach (var statement in loop.Body)
            {
                if (carriedLocals.TryGetValue(statement, out var carriedLocal))
                {
                    var declarator = ((LocalDeclarationStatementSyntax)statement).Declaration.Variables[0];
                    if (Visit(declarator.Initializer!.Value) is not ExpressionSyntax value)
                    {
                        return null;
                    }

                    // double next = acc; is no write at all once next stands for acc.
                    if (value is not IdentifierNameSyntax same || same.Identifier.ValueText != carriedLocal.Local.Name)
                    {
                        statements.Add(Assignment(SyntaxFactory.IdentifierName(carriedLocal.Local.Name), value.WithoutTrivia()).WithAdditionalAnnotations(InlinedBody.OriginOf(statement)));
                    }
                }
                else if (InlinedStatements(statement) is { } inlined)
                {
                    statements.AddRange(inlined);
                }
                else if (Visit(statement) is StatementSyntax visited)
                {
                    statements.Add(visited);
                }
            }

            // The tail call: each other parameter it hands a new value is assigned it, in order.
            foreach (var carried in loop.Carried.OrderBy(entry => entry.Key))
            {
                var parameter = loop.Method.Parameters[carried.Key];
                if (carriedLocals.Values.Any(entry => SymbolEqualityComparer.Default.Equals(entry.Parameter, parameter)))
                {
                    continue;
                }

                if (Visit(carried.Value) is not ExpressionSyntax value)
                {
                    return null;
                }

                statements.Add(Assignment(SyntaxFactory.IdentifierName(parameter.Name), value.WithoutTrivia()).WithAdditionalAnnotations(InlinedBody.OriginOf(carried.Value)));
            }

            var step = loop.Step is null ? null : Visit(loop.Step) as ExpressionSyntax;
            if (Visit(loop.Bound) is not ExpressionSyntax bound || loop.Step is not null && step is null)
            {
                return null;
            }

            var counter = SyntaxFactory.IdentifierName(variable);
            var condition = SyntaxFactory.BinaryExpression(loop.BoundIsInclusive ? SyntaxKind.LessThanOrEqualExpression : SyntaxKind.LessThanExpression, counter, Parenthesised(bound.WithoutTrivia()));
            ExpressionSyntax increment = step is null
                ? SyntaxFactory.PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, counter)
                : SyntaxFactory.AssignmentExpression(SyntaxKind.AddAssignmentExpression, counter, Parenthesised(step.WithoutTrivia()));
            var start = SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(variable)).WithInitializer(SyntaxFactory.EqualsValueClause(SyntaxFactory.IdentifierName(loop.Index.Name)));
            var forLoop = SyntaxFactory.ForStatement(
                SyntaxFactory.VariableDeclaration(TypeSyntax(loop.Index.Type, body.SpanStart), SyntaxFactory.SingletonSeparatedList(start)),
                SyntaxFactory.SeparatedList<ExpressionSyntax>(),
                condition,
                SyntaxFactory.SingletonSeparatedList(increment),
                SyntaxFactory.Block(SyntaxFactory.List(statements)));
            result.Add(forLoop.WithAdditionalAnnotations(InlinedBody.OriginOf(loop.TailCall)));
            _loweredWalk = true;
            return SyntaxFactory.Block(SyntaxFactory.List(result));
        }
        finally
        {
            _loopRenames.Remove(loop.Index);
            foreach (var (parameter, _) in carriedLocals.Values)
            {
                _loopRenames.Remove(parameter);
            }
        }
    }

    /// <summary>
    /// The body's declarations <c>T v = e;</c> (one declarator, at the top of the body) of a local handed on for a
    /// carried parameter of the same type (<c>Walk(…, v)</c>), with that parameter, when the local may stand for the
    /// parameter across the iterations: the parameter is written nowhere in the body nor read after the declaration but
    /// in <c>e</c> (it then still holds what <c>v</c> held at the previous call), and no other local of the walk has the
    /// name (the declaration moves out of the loop).
    /// </summary>
    private Dictionary<StatementSyntax, (IParameterSymbol Parameter, ILocalSymbol Local)> CarriedLocals(RecursiveLoop loop, BlockSyntax body)
    {
        var carriedLocals = new Dictionary<StatementSyntax, (IParameterSymbol, ILocalSymbol)>();
        foreach (var carried in loop.Carried)
        {
            var parameter = loop.Method.Parameters[carried.Key];
            if (carried.Value is not IdentifierNameSyntax name || _model.GetSymbolInfo(name, _cancellationToken).Symbol is not ILocalSymbol local
                || !SymbolEqualityComparer.Default.Equals(local.Type, parameter.Type) || local.Type.IsRefLikeType
                || loop.Body.FirstOrDefault(statement => statement is LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer: not null } declarator] }
                    && SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(declarator, _cancellationToken), local)) is not LocalDeclarationStatementSyntax declaration
                || declaration.UsingKeyword.RawKind != 0 || declaration.Declaration.Type is RefTypeSyntax || declaration.IsConst
                || DeclaredNames(body).Count(declared => declared == local.Name) != 1)
            {
                continue;
            }

            var initializer = declaration.Declaration.Variables[0].Initializer!.Value;
            bool IsParameter(IdentifierNameSyntax read) =>
                read.Identifier.ValueText == parameter.Name && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(read, _cancellationToken).Symbol, parameter);
            var reads = loop.Body.SelectMany(statement => statement.DescendantNodesAndSelf()).OfType<IdentifierNameSyntax>().Where(IsParameter).ToList();
            var readLater = reads.Any(read => read.SpanStart > declaration.SpanStart && !initializer.Span.Contains(read.Span));
            if (!readLater && !reads.Any(RecursiveFold.IsWrite))
            {
                carriedLocals[declaration] = (parameter, local);
            }
        }

        return carriedLocals;
    }
}
