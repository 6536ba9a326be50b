using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// What a max shift needs at a log-softmax site (<c>x - log Σ exp(x)</c>): its sum is only ever read by <c>log(s)</c>,
/// and every such log gets the maximum added back, <c>log(s)</c> → <c>max + log(s)</c>. That is exact for any finite
/// maximum, <c>m + log Σ exp(x - m) = log Σ exp(x)</c>, provided every term in <c>s</c> when it is logged was shifted by
/// the same <c>m</c>: the sum is declared or reset in the block that computes the maximum, before it, and each log is
/// read later in that block. The output <c>x - (m + log s)</c> is then the stable log-softmax.
/// </summary>
internal static class LogSumCompensation
{
    /// <summary>
    /// The <c>log(s)</c> calls to compensate, when every exp of the site is summed into <paramref name="sum"/> alone and
    /// the sum is read by nothing but those logs, all inside <paramref name="block"/> after <paramref name="first"/>; else null.
    /// </summary>
    public static IReadOnlyList<ExpressionSyntax>? Logs(SoftmaxModel model, SoftmaxSite site, ISymbol sum, BlockSyntax block, StatementSyntax first, IEnumerable<IOperation> exps)
    {
        if (sum is not ILocalSymbol local || site.Sum.Folds.Length != 1 || exps.Any(exp => !FeedsOnlySum(exp, local, depth: 0)))
        {
            return null;
        }

        var fold = site.Sum.Folds[0];
        var root = RootOf(fold);
        var logs = new List<ExpressionSyntax>();
        var resetInBlock = local.DeclaringSyntaxReferences.Any(reference => StatementOf(block, reference.GetSyntax()) is { } declaration && declaration.SpanStart <= first.SpanStart);
        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>().Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local)))
        {
            if (SoftmaxModel.Contains(fold, reference))
            {
                continue;
            }

            var parent = Parent(reference);
            if (parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
            {
                // A reset: it must be a statement of the block before the maximum (or the sum would mix two shifts).
                if (assignment.Syntax.Parent is not ExpressionStatementSyntax { Parent: var owner } statement || owner != block || statement.SpanStart > first.SpanStart)
                {
                    return null;
                }

                resetInBlock = true;
                continue;
            }

            if (parent is IArgumentOperation { Parent: IInvocationOperation log } && model.Symbols.IsLog(log.TargetMethod)
                && log.Syntax is ExpressionSyntax logSyntax && StatementOf(block, logSyntax) is { } after && after.SpanStart > first.SpanStart)
            {
                logs.Add(logSyntax);
                continue;
            }

            return null;
        }

        return resetInBlock && logs.Count > 0 ? logs : null;
    }

    /// <summary><c>s += exp(..)</c>, or <c>T e = exp(..);</c> with <c>e</c> only summed into <c>s</c>.</summary>
    private static bool FeedsOnlySum(IOperation exp, ILocalSymbol sum, int depth)
    {
        switch (Parent(exp))
        {
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound:
                return SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf(compound.Target), sum);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } } when depth == 0:
                var references = RootOf(exp).Descendants().OfType<ILocalReferenceOperation>().Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local)).ToList();
                return references.Count > 0 && references.All(reference => FeedsOnlySum(reference, sum, depth + 1));
            default:
                return false;
        }
    }

    /// <summary>The statement of <paramref name="block"/> that contains <paramref name="node"/>, or null.</summary>
    private static StatementSyntax? StatementOf(BlockSyntax block, SyntaxNode node) =>
        block.Statements.FirstOrDefault(statement => statement.Span.Contains(node.Span));

    private static IOperation? Parent(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
