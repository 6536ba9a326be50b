using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The syntax-only reading of a helper that keeps its result in a local before returning it
/// (<c>var e = Math.Exp(v); return e;</c>, <c>float r; r = MathF.Exp(v); return r;</c>): the value returned is the one
/// value written to that local, followed through further such locals. Only a block of local declarations and plain
/// assignments to its own locals, ending in the return, is read; a local written twice (<c>e = Math.Min(e, cap)</c>), on
/// a branch, by <c>++</c>, or through <c>ref</c>/<c>out</c> is not followed (the model, ExpHelperLocals.cs, reads the same
/// rule on operations).
/// </summary>
internal static class OnceWrittenLocalSyntax
{
    /// <summary>How many locals are followed at most (<c>var a = Exp(v); var b = a; return b;</c> is two).</summary>
    private const int MaxFollowedLocals = 8;

    /// <summary>
    /// What <paramref name="block"/> returns, past locals written once before the return; null when the block is not
    /// only declarations and assignments of its own locals followed by one <c>return</c>.
    /// </summary>
    public static ExpressionSyntax? ReturnedValue(BlockSyntax block)
    {
        var statements = block.Statements;
        if (statements.Count == 0 || statements[statements.Count - 1] is not ReturnStatementSyntax { Expression: { } returned })
        {
            return null;
        }

        for (var i = 0; i < statements.Count - 1; i++)
        {
            if (!IsLocalWrite(statements[i], block) || HasSideWrites(statements[i]))
            {
                return null;
            }
        }

        // Each step goes to a write in an earlier statement, so the walk ends even in broken code.
        var value = returned;
        var before = statements.Count - 1;
        for (var step = 0; step < MaxFollowedLocals && ExpHelperSyntax.Unparenthesised(value) is IdentifierNameSyntax { Identifier.ValueText: var name }; step++)
        {
            if (OnlyWrite(block, name, before) is not { } write)
            {
                return value;
            }

            (value, before) = write;
        }

        return value;
    }

    /// <summary>A declaration of locals, or a plain assignment to a local the block declares.</summary>
    private static bool IsLocalWrite(StatementSyntax statement, BlockSyntax block) => statement switch
    {
        LocalDeclarationStatementSyntax { IsConst: false, UsingKeyword.RawKind: 0 } declaration => !declaration.Declaration.Type.IsKind(SyntaxKind.RefType),
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax { Identifier.ValueText: var name } } } =>
            DeclaringStatement(block, name) >= 0,
        _ => false,
    };

    /// <summary>
    /// True when a statement writes anything besides its own local: a <c>ref</c>/<c>out</c> argument
    /// (<c>var c = Clip(ref v, 80f)</c> changes the parameter the exp then reads), an assignment nested in an expression,
    /// or <c>++</c>/<c>--</c>.
    /// </summary>
    private static bool HasSideWrites(StatementSyntax statement) =>
        statement.DescendantNodes().Any(node => node switch
        {
            ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } => true,
            AssignmentExpressionSyntax assignment => assignment.Parent is not ExpressionStatementSyntax,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => true,
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } => true,
            _ => false,
        });

    /// <summary>
    /// The one value written to the block's local <paramref name="name"/> and the index of the statement writing it,
    /// when that statement comes before <paramref name="before"/> and nothing else in the block writes the local; else null.
    /// </summary>
    private static (ExpressionSyntax Value, int Index)? OnlyWrite(BlockSyntax block, string name, int before)
    {
        var declaring = DeclaringStatement(block, name);
        if (declaring < 0)
        {
            return null;
        }

        (ExpressionSyntax Value, int Index)? only = null;
        var writes = 0;
        for (var i = 0; i < block.Statements.Count; i++)
        {
            var statement = block.Statements[i];
            if (i == declaring && Declarator(statement, name) is { Initializer.Value: var initial })
            {
                writes++;
                only = (initial, i);
            }

            if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax left, Right: var right } }
                && left.Identifier.ValueText == name)
            {
                writes++;
                only = (right, i);
                writes += CountWrites(right, name);
            }
            else
            {
                writes += CountWrites(statement, name);
            }
        }

        return writes == 1 && only is { Index: var index } && index < before ? only : null;
    }

    /// <summary>Writes to <paramref name="name"/> anywhere in <paramref name="node"/> (lambdas included): assignments, <c>++</c>/<c>--</c>, <c>ref</c>/<c>out</c>.</summary>
    private static int CountWrites(SyntaxNode node, string name)
    {
        var writes = 0;
        foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != name)
            {
                continue;
            }

            var parent = identifier.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            writes += parent switch
            {
                AssignmentExpressionSyntax assignment when assignment.Left.DescendantNodesAndSelf().Contains(identifier) => 1,
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression or (int)SyntaxKind.AddressOfExpression } => 1,
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } => 1,
                ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } => 1,
                RefExpressionSyntax or TupleExpressionSyntax or ArgumentSyntax { Parent: TupleExpressionSyntax } => 1,
                _ => 0,
            };
        }

        return writes;
    }

    /// <summary>The index of the statement of <paramref name="block"/> declaring local <paramref name="name"/>; -1 when none.</summary>
    private static int DeclaringStatement(BlockSyntax block, string name)
    {
        for (var i = 0; i < block.Statements.Count; i++)
        {
            if (Declarator(block.Statements[i], name) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static VariableDeclaratorSyntax? Declarator(StatementSyntax statement, string name) =>
        statement is LocalDeclarationStatementSyntax declaration
            ? declaration.Declaration.Variables.FirstOrDefault(variable => variable.Identifier.ValueText == name)
            : null;
}
