using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// The LG0001/LG0004 rewrite of one softmax site, in any layout: a new maximum over exactly the softmax slice (a copy of
/// the loop that exponentiates the slice), subtracted instead of the too-wide (or wrong-axis) maximum in every exp of
/// the site; the old maximum's statements are removed when nothing else reads it. Planned only when provably the
/// same softmax on finite input (per-slice sum, each exp feeding only this site, float or double values).
/// </summary>
internal sealed class SliceMaximumPlan
{
    private SliceMaximumPlan(
        StatementSyntax insertBefore, ForStatementSyntax anchorLoop, ExpressionSyntax anchorValue, ITypeSymbol elementType,
        IReadOnlyList<SyntaxNode> shiftsToReplace, IReadOnlyList<SyntaxNode> removals)
    {
        InsertBefore = insertBefore;
        AnchorLoop = anchorLoop;
        AnchorValue = anchorValue;
        ElementType = elementType;
        ShiftsToReplace = shiftsToReplace;
        Removals = removals;
    }

    public StatementSyntax InsertBefore { get; }

    public ForStatementSyntax AnchorLoop { get; }

    /// <summary>The exponentiated value inside <see cref="AnchorLoop"/>, without its old shift, in terms of the loop's header alone.</summary>
    public ExpressionSyntax AnchorValue { get; }

    public ITypeSymbol ElementType { get; }

    /// <summary>The old maximum's references (or inline calls) inside the site's exps, replaced by the new maximum.</summary>
    public IReadOnlyList<SyntaxNode> ShiftsToReplace { get; }

    /// <summary>The old maximum's declaration and fold statements, when nothing else reads it.</summary>
    public IReadOnlyList<SyntaxNode> Removals { get; }

    /// <summary>The old maximum's name when its declaration is removed (the new one takes it over), else null.</summary>
    public string? ReusableName => Removals.OfType<LocalDeclarationStatementSyntax>().FirstOrDefault()?.Declaration.Variables[0].Identifier.ValueText
        ?? Removals.OfType<VariableDeclaratorSyntax>().FirstOrDefault()?.Identifier.ValueText;

    /// <summary>The plan for the maximum whose fold is at <paramref name="foldSyntax"/>, or null when no safe rewrite exists.</summary>
    public static SliceMaximumPlan? TryCreate(SemanticModel semanticModel, SyntaxNode foldSyntax, CancellationToken cancellationToken)
    {
        if (MethodModel.Build(semanticModel, foldSyntax, cancellationToken) is not { } model)
        {
            return null;
        }

        if (LogSoftmaxGuard.Involves(model, foldSyntax.Span))
        {
            return null;
        }

        foreach (var site in model.Sites)
        {
            var axes = site.Axes(model.Classes);
            if (GlobalSumRule.IsTooWide(site, axes) || site.Sum.Folds.Length != 1 || SoftmaxModel.VariableOf((site.Sum.Folds[0] as IAssignmentOperation)?.Target) is not { } sum)
            {
                continue;
            }

            var wrong = axes.Maxima.FirstOrDefault(entry => entry.Max.Folds.Any(fold => fold.Syntax.Span == foldSyntax.Span));
            if (wrong.Max is null)
            {
                continue;
            }

            return Plan(semanticModel, model, site, axes, wrong.Max, sum, cancellationToken);
        }

        return null;
    }

    private static SliceMaximumPlan? Plan(SemanticModel semanticModel, SoftmaxModel model, SoftmaxSite site, SiteAxes axes, Reduction max, ISymbol sum, CancellationToken cancellationToken)
    {
        // Each exp of the site must be exp(value - oldMax) with oldMax exactly this reduction, and feed only the site.
        var shifts = new List<SyntaxNode>();
        var values = new List<(IOperation Exp, IOperation Value)>();
        ISymbol? variable = null;
        foreach (var exp in site.Exps)
        {
            if (exp is not IInvocationOperation { Arguments.Length: 1 } call
                || SoftmaxModel.Unwrap(call.Arguments[0].Value) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } shifted
                || model.ReductionAt(shifted.RightOperand, exp) is not { } read
                || !read.Folds.SequenceEqual(max.Folds)
                || !MaxShiftPlan.FeedsOnlySite(exp, site, sum))
            {
                return null;
            }

            variable = SoftmaxModel.VariableOf(shifted.RightOperand);
            shifts.Add(SoftmaxModel.Unwrap(shifted.RightOperand)!.Syntax);
            values.Add((exp, shifted.LeftOperand));
        }

        foreach (var (exp, value) in values)
        {
            if (exp.Syntax.Ancestors().OfType<ForStatementSyntax>().FirstOrDefault() is not { Declaration: not null } loop
                || semanticModel.GetOperation(loop, cancellationToken) is not { } loopOperation
                || !model.ExpArgument(exp).Dims.TryGetValue(loopOperation, out var atoms)
                || !model.Classes.Classes(atoms).SetEquals(axes.Sum))
            {
                continue;
            }

            // Every exp of the site runs after the new maximum: inside statements of the loop's block, or inside the loop.
            IReadOnlyList<StatementSyntax> siblings = loop.Parent is BlockSyntax block ? block.Statements : new[] { (StatementSyntax)loop };
            var statements = values.Select(other => siblings.FirstOrDefault(statement => statement.Span.Contains(other.Exp.Syntax.Span))).ToList();
            if (statements.Any(statement => statement is null) || value.Syntax is not ExpressionSyntax anchorValue)
            {
                return null;
            }

            var elementType = semanticModel.GetTypeInfo(anchorValue, cancellationToken).Type;
            if (elementType is null || !MaximumStatements.CanHold(elementType) || LoopBodyLocals.Inline(semanticModel, loop, anchorValue, cancellationToken) is not { } portable)
            {
                return null;
            }

            var first = statements.OrderBy(statement => statement!.SpanStart).First()!;
            var removals = variable is null ? new List<SyntaxNode>() : ReductionRemoval.Statements(semanticModel, max, variable, shifts);
            return new SliceMaximumPlan(first, loop, portable, elementType, shifts, removals);
        }

        return null;
    }
}
