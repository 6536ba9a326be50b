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
/// the site (at a log-softmax site also in its output or log-sum-exp, <c>x - m - log(s)</c>, <c>m + log(s)</c>); the old
/// maximum's statements are removed when nothing else reads it. Planned only when provably the same softmax on finite
/// input (per-slice sum, each exp feeding only this site, float or double values).
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

        // A maximum shared by a log-softmax and another site is not rewritten for one of them alone.
        var owners = model.Sites.Where(site => site.Maxima.Any(max => max.Folds.Any(fold => fold.Syntax.Span == foldSyntax.Span))).ToList();
        if (owners.Count > 1 && owners.Any(site => site.IsLogSoftmax))
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
        // A minimum that shifts a negated exponent (exp(-(d - dmin))) would need a new minimum, not a maximum: no rewrite.
        if (max.Kind != ReductionKind.Max)
        {
            return null;
        }

        // Each exp of the site must be exp(value - oldMax) with oldMax exactly this reduction, and feed only the site.
        var shifts = new List<SyntaxNode>();
        var values = new List<(IOperation Exp, IOperation Value)>();
        ISymbol? variable = null;
        ISymbol? holder = null; // the maximum's variable, or the array holding it (colMax[j])
        foreach (var exp in site.Exps)
        {
            if (exp is not IInvocationOperation { Arguments.Length: 1 } call
                || SoftmaxModel.Unwrap(call.Arguments[0].Value) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } shifted
                || model.ReductionAt(shifted.RightOperand, exp) is not { } read
                || !read.Folds.SequenceEqual(max.Folds)
                || (!site.IsLogSoftmax && !MaxShiftPlan.FeedsOnlySite(exp, site, sum)))
            {
                return null;
            }

            variable = SoftmaxModel.VariableOf(shifted.RightOperand);
            holder = variable ?? SoftmaxModel.Unwrap(shifted.RightOperand) switch
            {
                IArrayElementReferenceOperation element => SoftmaxModel.VariableOf(element.ArrayReference),
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => SoftmaxModel.VariableOf(indexer.Instance),
                _ => null,
            };
            shifts.Add(SoftmaxModel.Unwrap(shifted.RightOperand)!.Syntax);
            values.Add((exp, shifted.LeftOperand));
        }

        // The new maximum folds the values of a loop over the sum's axis: an exp outside every such loop (MoCo's positive
        // exp(lPos[n] - top) beside the queue's) would not be covered by it, so no rewrite.
        ForStatementSyntax? AxisLoop(IOperation exp) =>
            exp.Syntax.Ancestors().OfType<ForStatementSyntax>().FirstOrDefault() is { Declaration: not null } loop
            && semanticModel.GetOperation(loop, cancellationToken) is { } loopOperation
            && model.ExpArgument(exp).Dims.TryGetValue(loopOperation, out var atoms)
            && model.Classes.Classes(atoms).SetEquals(axes.Sum)
                ? loop
                : null;

        if (values.Any(entry => AxisLoop(entry.Exp) is null))
        {
            return null;
        }

        // The new maximum folds one pass of the axis loop; a sum that carries across a loop around it (a window's
        // sum over its rows dy with the axis loop over dx) would add exps shifted by different maxima, so no rewrite.
        bool SumCarriesAroundAxisLoop(IOperation exp) =>
            AxisLoop(exp)!.Ancestors().OfType<StatementSyntax>().Where(statement => statement is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
                .Any(outer => semanticModel.GetOperation(outer, cancellationToken) is { } outerLoop && model.CarriesAcross(site.Sum, outerLoop));

        if (values.Any(entry => SumCarriesAroundAxisLoop(entry.Exp)))
        {
            return null;
        }

        foreach (var (exp, value) in values)
        {
            if (AxisLoop(exp) is not { } loop)
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
            if (site.IsLogSoftmax && (holder is null || loop.Parent is not BlockSyntax siteBlock
                || LogSumCompensation.Logs(model, site, sum, siteBlock, first, site.Exps) is null
                || !TryAddNormaliserReads(model, site, holder, max, siteBlock, first, sum, shifts)))
            {
                return null;
            }

            var removals = variable is null ? new List<SyntaxNode>() : ReductionRemoval.Statements(semanticModel, max, variable, shifts);
            return new SliceMaximumPlan(first, loop, portable, elementType, shifts, removals);
        }

        return null;
    }

    /// <summary>
    /// A log-softmax also reads its maximum outside the exps, in the output <c>x - m - log(s)</c> or the log-sum-exp
    /// <c>m + log(s)</c>: each such read becomes the new maximum too, so the output is <c>x - m' - log Σ exp(x - m')</c>,
    /// exact for any finite <c>m'</c>. Every read of the old maximum outside its folds and the exps must be one of
    /// those, inside the block of the new maximum after it (the same slice); else false.
    /// </summary>
    private static bool TryAddNormaliserReads(SoftmaxModel model, SoftmaxSite site, ISymbol variable, Reduction max, BlockSyntax block, StatementSyntax first, ISymbol sum, List<SyntaxNode> shifts)
    {
        var root = site.Division;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var reference in root.Descendants().Where(operation => operation is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation))
        {
            if (!SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf(reference), variable)
                || max.Folds.Any(fold => SoftmaxModel.Contains(fold, reference))
                || shifts.Any(shift => shift.Span.Contains(reference.Syntax.Span)))
            {
                continue;
            }

            // The read itself, or the element of it that is read (colMax[j]).
            var read = reference.Parent is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } ? reference.Parent : reference;
            var parent = read.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            // A write (the old maximum's declaration or reset) is left to ReductionRemoval.
            if (parent is IAssignmentOperation assignment && assignment.Target == read || parent is IVariableInitializerOperation)
            {
                continue;
            }

            var inSite = SoftmaxModel.Contains(site.Division, read)
                || parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && IsLogOf(model, add.LeftOperand == read ? add.RightOperand : add.LeftOperand, sum);
            if (!inSite || block.Statements.FirstOrDefault(statement => statement.Span.Contains(read.Syntax.Span)) is not { } statement || statement.SpanStart <= first.SpanStart)
            {
                return false;
            }

            shifts.Add(read.Syntax);
        }

        return true;
    }

    private static bool IsLogOf(SoftmaxModel model, IOperation operation, ISymbol sum) =>
        SoftmaxModel.Unwrap(operation) is IInvocationOperation { Arguments.Length: 1 } log && model.Symbols.IsLog(log.TargetMethod)
        && SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf(log.Arguments[0].Value), sum);
}
