using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// What a slice fix deletes of the reduction it replaces: its fold statements (with loop nests left empty, a <c>lock</c>
/// left empty and a thread-local <c>Parallel.For</c> left computing nothing), plain
/// re-initialisations and its declaration — all or nothing, and only when every other read of the variable is one the
/// fix replaces. A max or sum that is still read elsewhere stays as it was.
/// </summary>
internal static class ReductionRemoval
{
    public static IReadOnlyList<SyntaxNode> Statements(SemanticModel semanticModel, Reduction reduction, ISymbol variable, IReadOnlyCollection<SyntaxNode> replacedReads)
    {
        var none = new List<SyntaxNode>();
        if (variable is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax statement } declaration } declarator)
        {
            return none;
        }

        var foldStatements = reduction.Folds.Select(fold => fold.Syntax.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault()).ToList();
        if (foldStatements.Any(fold => fold is null || fold.Parent is not (BlockSyntax or ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or IfStatementSyntax)
            || fold is IfStatementSyntax { Statement: BlockSyntax { Statements.Count: > 1 } } or IfStatementSyntax { Else: not null }))
        {
            return none;
        }

        // Every reference is a replaced read, inside a fold, the declaration, or a plain re-initialisation `v = c;`.
        var statements = new List<StatementSyntax>(foldStatements!);
        var scope = statement.Parent ?? statement;
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(name => name.Identifier.ValueText == local.Name))
        {
            if (!SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol, local)
                || replacedReads.Any(read => read.Span.Contains(identifier.Span))
                || statements.Any(fold => fold.Span.Contains(identifier.Span)))
            {
                continue;
            }

            if (ReInitialisation(semanticModel, identifier, local) is not { } reset)
            {
                return none;
            }

            statements.Add(reset);
        }

        var removals = new List<SyntaxNode>();
        foreach (var fold in statements.Distinct())
        {
            if (!declaration.Span.Contains(fold.Span) && !statement.Span.Contains(fold.Span))
            {
                removals.Add(ThreadLocalMergeOf(semanticModel, OutermostLoopOf(fold)));
            }
        }

        removals.Add(declaration.Variables.Count == 1 ? statement : declarator);
        return removals.Distinct().ToList();
    }

    /// <summary><c>v = value;</c> as a statement of its own, with a value that reads nothing written and calls nothing.</summary>
    private static StatementSyntax? ReInitialisation(SemanticModel semanticModel, IdentifierNameSyntax identifier, ILocalSymbol local)
    {
        if (identifier.Parent is AssignmentExpressionSyntax { Left: var left, Parent: ExpressionStatementSyntax statement } assignment
            && left == identifier && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression)
            && semanticModel.GetOperation(assignment.Right) is { } value && Backward.RewriteSyntax.IsPure(value)
            && !SoftmaxModel.References(value, local)
            && statement.Parent is BlockSyntax or ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax)
        {
            return statement;
        }

        return null;
    }

    /// <summary>
    /// A fold merged under a <c>lock</c> that holds nothing else: the <c>lock</c> goes too. When that was all of a
    /// <c>Parallel.For&lt;TLocal&gt;</c>/<c>ForEach</c>'s <c>localFinally</c> and the loop's other lambdas only compute
    /// (they write nothing but their own locals and parameters), the whole call computed only the removed reduction: it goes.
    /// </summary>
    private static SyntaxNode ThreadLocalMergeOf(SemanticModel semanticModel, SyntaxNode node)
    {
        var parent = node.Parent is BlockSyntax { Statements.Count: 1 } single ? single.Parent : node.Parent;
        if (parent is not LockStatementSyntax gate)
        {
            return node;
        }

        if (gate.Parent is not BlockSyntax { Statements.Count: 1, Parent: LambdaExpressionSyntax localFinally }
            || localFinally.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax call } invocation } }
            || semanticModel.GetOperation(invocation) is not IInvocationOperation { TargetMethod.Name: "For" or "ForEach", TargetMethod.ContainingType.Name: "Parallel" } loop
            || !loop.Arguments.All(argument => OnlyComputes(argument.Value, localFinally)))
        {
            return gate;
        }

        return call;
    }

    /// <summary>An argument with no effect outside itself: a value, or a lambda writing only its own locals and parameters.</summary>
    private static bool OnlyComputes(IOperation argument, LambdaExpressionSyntax localFinally)
    {
        while (argument is IDelegateCreationOperation or IConversionOperation)
        {
            argument = argument is IDelegateCreationOperation creation ? creation.Target : ((IConversionOperation)argument).Operand;
        }

        if (argument.Syntax == localFinally)
        {
            return true;
        }

        if (argument is not IAnonymousFunctionOperation lambda)
        {
            return Backward.RewriteSyntax.IsPure(argument);
        }

        foreach (var node in lambda.Body.DescendantsAndSelf())
        {
            switch (node)
            {
                case IAssignmentOperation assignment when !IsOwnVariable(assignment.Target, lambda):
                case IIncrementOrDecrementOperation increment when !IsOwnVariable(increment.Target, lambda):
                case IInvocationOperation call when !Backward.RewriteSyntax.IsPure(call):
                case IObjectCreationOperation or IArrayCreationOperation or IAnonymousFunctionOperation or IDelegateCreationOperation when node != lambda:
                    return false;
            }
        }

        return true;
    }

    private static bool IsOwnVariable(IOperation target, IAnonymousFunctionOperation lambda) => target switch
    {
        ILocalReferenceOperation local => local.Local.DeclaringSyntaxReferences.Any(reference => lambda.Syntax.Span.Contains(reference.Span)),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, lambda.Symbol),
        _ => false,
    };

    /// <summary>The statement itself, or the loop nest around it whose bodies hold nothing else.</summary>
    private static SyntaxNode OutermostLoopOf(StatementSyntax statement)
    {
        SyntaxNode node = statement;
        while (node.Parent is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax
               || (node.Parent is BlockSyntax { Statements.Count: 1 } && node.Parent.Parent is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax))
        {
            node = node.Parent is BlockSyntax ? node.Parent.Parent! : node.Parent;
        }

        return node;
    }
}
