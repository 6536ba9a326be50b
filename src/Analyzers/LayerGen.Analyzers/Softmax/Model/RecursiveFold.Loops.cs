using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A self-recursive <c>void</c> walk over an index (<see cref="RecursiveLoop"/>): the body is <c>if (i &gt;= n) return;
/// S…; F(…, i + s, …);</c> or <c>if (i &lt; n) { S…; F(…, i + s, …); }</c>, the exit test bounding the index the tail call
/// advances (read as an index fold's bound is), no other return and no other recursive
/// call. A tail call is an assignment of its arguments to the parameters and a jump back to the test, so the walk is that
/// loop whatever the other arguments are, provided no argument reads a parameter assigned before it (they are assigned in
/// order) and the index is written nowhere else. Any other recursion is not read (null).
/// </summary>
internal sealed partial class RecursiveFold
{
    /// <summary>A walk's body larger than this is not read as a loop.</summary>
    private const int MaxLoopNodes = 3000;

    /// <summary>The loop <paramref name="declaration"/> (of <paramref name="method"/>) runs; null for any other body.</summary>
    public static RecursiveLoop? ReadLoop(IMethodSymbol method, SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (method is not { ReturnsVoid: true, IsAsync: false, IsVararg: false } || method.Parameters.Any(parameter => parameter.IsParams || parameter.RefKind != RefKind.None))
        {
            return null;
        }

        var block = declaration switch
        {
            MethodDeclarationSyntax { ExpressionBody: null } declared => declared.Body,
            LocalFunctionStatementSyntax { ExpressionBody: null } local => local.Body,
            _ => null,
        };
        if (block is null || block.DescendantNodes().Skip(MaxLoopNodes).Any())
        {
            return null;
        }

        try
        {
            return new Reader(method, model, cancellationToken).Loop(block);
        }
        catch (System.InvalidCastException)
        {
            // A node of an unexpected kind in broken code: no reading.
            return null;
        }
    }

    private sealed partial class Reader
    {
        /// <summary>The loop a walk's block runs (see the type's remarks); null for any other block.</summary>
        public RecursiveLoop? Loop(BlockSyntax block)
        {
            ExpressionSyntax condition;
            bool continues;
            IReadOnlyList<StatementSyntax> statements;
            switch (block.Statements)
            {
                case [IfStatementSyntax { Else: null } exit, _, ..] when IsBareReturn(exit.Statement):
                    (condition, continues, statements) = (exit.Condition, false, block.Statements.Skip(1).ToList());
                    break;
                case [IfStatementSyntax { Else: null, Statement: BlockSyntax { Statements.Count: > 0 } inner } guard]:
                    (condition, continues, statements) = (guard.Condition, true, inner.Statements);
                    break;
                default:
                    return null;
            }

            if (statements[statements.Count - 1] is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax tailCall } || !IsRecursiveCall(tailCall)
                || RecursiveCalls(condition).Any() || Writes(condition))
            {
                return null;
            }

            var body = statements.Take(statements.Count - 1).ToList();
            if (body.Any(statement => RecursiveCalls(statement).Any() || Leaves(statement)))
            {
                return null;
            }

            // The index: the parameter the exit test bounds, advanced by a step that reads no parameter the call changes.
            IParameterSymbol? index = null;
            ExpressionSyntax? step = null;
            (ExpressionSyntax Bound, bool Inclusive)? bound = null;
            for (var ordinal = 0; ordinal < _method.Parameters.Length && index is null; ordinal++)
            {
                var parameter = _method.Parameters[ordinal];
                if (parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                    && Unparenthesised(tailCall.ArgumentList.Arguments[ordinal].Expression) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add
                    && (IsParameter(add.Left, parameter) ? add.Right : IsParameter(add.Right, parameter) ? add.Left : null) is { } advance
                    && !Reads(advance, parameter) && !Writes(advance) && !RecursiveCalls(advance).Any()
                    && IndexBound(condition, parameter, stops: !continues) is { } found)
                {
                    (index, step, bound) = (parameter, Unparenthesised(advance) is LiteralExpressionSyntax { Token.Value: 1 } ? null : advance, found);
                }
            }

            if (index is null || bound is not var (limit, inclusive) || body.Any(statement => WritesSymbol(statement, index)))
            {
                return null;
            }

            var loop = new RecursiveLoop(_method, index, limit, inclusive, body, tailCall, step);
            for (var ordinal = 0; ordinal < _method.Parameters.Length; ordinal++)
            {
                var argument = Unparenthesised(tailCall.ArgumentList.Arguments[ordinal].Expression);
                if (ordinal != index.Ordinal && !(Parameter(argument) is { } same && same.Ordinal == ordinal))
                {
                    loop.Carried[ordinal] = argument;
                }
            }

            // The loop assigns the carried parameters in order, then steps the index: no argument may read a parameter
            // assigned before it (nor the step one assigned at all).
            var assigned = new List<IParameterSymbol>();
            foreach (var carried in loop.Carried.OrderBy(entry => entry.Key))
            {
                if (assigned.Any(parameter => Reads(carried.Value, parameter)) || Writes(carried.Value))
                {
                    return null;
                }

                assigned.Add(_method.Parameters[carried.Key]);
            }

            return step is not null && assigned.Any(parameter => Reads(step, parameter)) ? null : loop;
        }

        private static bool IsBareReturn(StatementSyntax statement) =>
            statement is ReturnStatementSyntax { Expression: null } or BlockSyntax { Statements: [ReturnStatementSyntax { Expression: null }] };

        /// <summary>True when <paramref name="statement"/> leaves the method other than by running to its end (a return, a yield, a goto).</summary>
        private static bool Leaves(StatementSyntax statement) =>
            statement.DescendantNodesAndSelf(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .Any(node => node is ReturnStatementSyntax or YieldStatementSyntax or GotoStatementSyntax or LabeledStatementSyntax);

        /// <summary>True when <paramref name="node"/> assigns, steps or passes by reference <paramref name="symbol"/>.</summary>
        private bool WritesSymbol(SyntaxNode node, ISymbol symbol) =>
            node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
                .Any(name => name.Identifier.ValueText == symbol.Name && IsWrite(name) && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, _cancellationToken).Symbol, symbol));
    }

    /// <summary>True when <paramref name="name"/> is assigned, stepped or passed by reference where it stands.</summary>
    public static bool IsWrite(IdentifierNameSyntax name)
    {
        SyntaxNode written = name;
        while (written.Parent is ParenthesizedExpressionSyntax)
        {
            written = written.Parent;
        }

        return written.Parent is AssignmentExpressionSyntax assignment && assignment.Left == written
            || written.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 } or RefExpressionSyntax
            || written.Parent?.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression;
    }
}
