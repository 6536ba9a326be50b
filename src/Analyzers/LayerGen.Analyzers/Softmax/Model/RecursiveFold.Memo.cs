using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A memoised recursive fold: <c>if (memo.TryGetValue(key, out var hit)) return hit; T v = fold; memo[key] = v; return
/// v;</c> (a <c>Dictionary</c>), <c>if (memo[i, j] is double hit) return hit;</c> or <c>if (memo[i].HasValue) return
/// memo[i].Value;</c> (a nullable table), the store written <c>memo[key] = v;</c>, <c>memo.Add(key, v);</c> or <c>return
/// memo[key] = fold;</c>. The cache only returns what the same key stored, so the helper returns what its unmemoised
/// body <c>fold</c> computes: the body is read as that expression. Lookup and store must name the same cache with the
/// same key; any other early return is not a lookup (no reading).
/// </summary>
internal sealed partial class RecursiveFold
{
    private sealed partial class Reader
    {
        /// <summary>The value a memoised block computes (see the type's remarks); null for any other block.</summary>
        private ExpressionSyntax? Memoised(BlockSyntax block)
        {
            var statements = block.Statements;
            var lookups = new List<(ExpressionSyntax Cache, SyntaxNode Key)>();
            var index = 0;
            while (index < statements.Count && statements[index] is IfStatementSyntax { Else: null } test
                && BodySyntax.ReturnedValue(test.Statement) is { } returned && Lookup(test.Condition, returned) is { } lookup)
            {
                lookups.Add(lookup);
                index++;
            }

            if (lookups.Count == 0)
            {
                return null;
            }

            ExpressionSyntax? computed;
            (ExpressionSyntax Cache, SyntaxNode Key)? store;
            switch (statements.Skip(index).ToList())
            {
                case [ReturnStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assigned }]:
                    // return memo[key] = fold;
                    computed = assigned.Right;
                    store = Cell(assigned.Left);
                    break;
                case [LocalDeclarationStatementSyntax { Declaration: { Type: not RefTypeSyntax, Variables: [{ Initializer.Value: var value } variable] } } declared, ExpressionStatementSyntax { Expression: var stored }, ReturnStatementSyntax { Expression: IdentifierNameSyntax result }]
                    when !declared.UsingKeyword.IsKind(SyntaxKind.UsingKeyword) && !declared.IsConst
                        && _model.GetDeclaredSymbol(variable, _cancellationToken) is ILocalSymbol local
                        && IsLocal(result, local):
                    // T v = fold; memo[key] = v; return v;
                    computed = value;
                    store = Store(stored, local);
                    break;
                default:
                    return null;
            }

            if (store is not var (cache, key) || Writes(key) || RecursiveCalls(key).Any())
            {
                return null;
            }

            // Every lookup reads the cell the store writes.
            return lookups.All(lookup => SyntaxFactory.AreEquivalent(Unparenthesised(lookup.Cache), Unparenthesised(cache)) && SyntaxFactory.AreEquivalent(lookup.Key, key))
                ? computed
                : null;
        }

        /// <summary>
        /// The cache and key a lookup <c>if (condition) return returned;</c> reads: <c>cache.TryGetValue(key, out T hit)</c>
        /// returning <c>hit</c>, <c>cache[keys] is T hit</c> returning <c>hit</c>, <c>cache[keys].HasValue</c> returning
        /// <c>cache[keys].Value</c>; else null.
        /// </summary>
        private (ExpressionSyntax Cache, SyntaxNode Key)? Lookup(ExpressionSyntax condition, ExpressionSyntax returned)
        {
            returned = Unparenthesised(returned);
            switch (Unparenthesised(condition))
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TryGetValue" } access, ArgumentList.Arguments: [{ RefKindKeyword.RawKind: 0 } key, { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword, Expression: DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax hit } }] }
                    when IsDeclared(returned, hit):
                    return (access.Expression, key.Expression);
                case IsPatternExpressionSyntax { Expression: ElementAccessExpressionSyntax cell, Pattern: DeclarationPatternSyntax { Designation: SingleVariableDesignationSyntax hit } }
                    when IsDeclared(returned, hit):
                    return Cell(cell);
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "HasValue", Expression: ElementAccessExpressionSyntax cell }
                    when returned is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value", Expression: var read }
                        && SyntaxFactory.AreEquivalent(Unparenthesised(read is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang ? bang.Operand : read), cell):
                    return Cell(cell);
                default:
                    return null;
            }
        }

        /// <summary>The cache and key of a store of <paramref name="value"/>: <c>cache[keys] = value</c>, <c>cache.Add(key, value)</c>; else null.</summary>
        private (ExpressionSyntax Cache, SyntaxNode Key)? Store(ExpressionSyntax statement, ILocalSymbol value) => statement switch
        {
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assigned when IsLocal(assigned.Right, value) => Cell(assigned.Left),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "TryAdd" } access, ArgumentList.Arguments: [{ RefKindKeyword.RawKind: 0 } key, { RefKindKeyword.RawKind: 0 } stored] }
                when IsLocal(stored.Expression, value) => (access.Expression, key.Expression),
            _ => null,
        };

        /// <summary>The cache and key of a dictionary's or an array's cell, <c>cache[key]</c>; with several indices the whole list is the key.</summary>
        private static (ExpressionSyntax Cache, SyntaxNode Key)? Cell(ExpressionSyntax target) => Unparenthesised(target) switch
        {
            ElementAccessExpressionSyntax { ArgumentList.Arguments: [{ Expression: var key }] } cell => (cell.Expression, key),
            ElementAccessExpressionSyntax cell => (cell.Expression, cell.ArgumentList),
            _ => null,
        };

        private bool IsDeclared(ExpressionSyntax read, SingleVariableDesignationSyntax designation) =>
            _model.GetDeclaredSymbol(designation, _cancellationToken) is ILocalSymbol local && IsLocal(read, local);

        private bool IsLocal(ExpressionSyntax read, ILocalSymbol local) =>
            Unparenthesised(read) is IdentifierNameSyntax name && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, _cancellationToken).Symbol, local);
    }
}
