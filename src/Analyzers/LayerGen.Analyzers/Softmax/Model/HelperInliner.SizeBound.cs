using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The size check of an inlining made before the rewrite instead of after it: a long method (a 600-line series
/// evaluation) whose inlined body would exceed <see cref="MaxInlinedNodes"/> anyway is not rewritten at all, where the
/// rewrite of the whole method per call of it cost more than modelling it.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// True when the inlined body of <paramref name="body"/> is sure to have more than <see cref="MaxInlinedNodes"/>
    /// nodes, so <see cref="Inline"/> would drop it. Inlining only replaces the statements that hold a call of a helper
    /// (a call statement, a local's declaration, a return; see <c>InlinedStatements</c>) and leaves every other node of
    /// the method as it is, so the method's nodes outside those statements are a lower bound of the result's size.
    /// </summary>
    private bool CannotFitAfterInlining(BlockSyntax body)
    {
        var total = body.DescendantNodes().Count();
        if (total <= MaxInlinedNodes)
        {
            return false;
        }

        // The outermost statement that may be replaced, per helper call (a statement nested in another is counted in it).
        var replaced = new HashSet<StatementSyntax>();
        foreach (var call in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (ShapeOf(call) is not null
                && call.Ancestors().TakeWhile(ancestor => ancestor != body).OfType<StatementSyntax>()
                    .LastOrDefault(statement => statement is ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax) is { } statement)
            {
                replaced.Add(statement);
            }
        }

        var kept = total;
        foreach (var statement in replaced)
        {
            if (!statement.Ancestors().TakeWhile(ancestor => ancestor != body).Any(ancestor => ancestor is StatementSyntax outer && replaced.Contains(outer)))
            {
                kept -= statement.DescendantNodes().Count() + 1;
            }
        }

        return kept > MaxInlinedNodes;
    }
}
