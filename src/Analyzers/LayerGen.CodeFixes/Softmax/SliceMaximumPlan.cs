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

    /// <summary>The exponentiated value inside <see cref="AnchorLoop"/>, without its old shift.</summary>
    public ExpressionSyntax AnchorValue { get; }

    public ITypeSymbol ElementType { get; }

    /// <summary>The old maximum's references (or inline calls) inside the site's exps, replaced by the new maximum.</summary>
    public IReadOnlyList<SyntaxNode> ShiftsToReplace { get; }

    /// <summary>The old maximum's declaration and fold statements, when nothing else reads it.</summary>
    public IReadOnlyList<SyntaxNode> Removals { get; }

    /// <summary>The old maximum's name when its declaration is removed (the new one takes it over), else null.</summary>
    public string? ReusableName => Removals.OfType<LocalDeclarationStatementSyntax>().FirstOrDefault()?.Declaration.Variables[0].Identifier.ValueText;

    /// <summary>The plan for the maximum whose fold is at <paramref name="foldSyntax"/>, or null when no safe rewrite exists.</summary>
    public static SliceMaximumPlan? TryCreate(SemanticModel semanticModel, SyntaxNode foldSyntax, CancellationToken cancellationToken)
    {
        if (MethodModel.Build(semanticModel, foldSyntax, cancellationToken) is not { } model)
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

            shifts.Add(SoftmaxModel.Unwrap(shifted.RightOperand)!.Syntax);
            values.Add((exp, shifted.LeftOperand));
        }

        foreach (var (exp, value) in values)
        {
            if (exp.Syntax.Ancestors().OfType<ForStatementSyntax>().FirstOrDefault() is not { Declaration: not null, Parent: BlockSyntax block } loop
                || semanticModel.GetOperation(loop, cancellationToken) is not { } loopOperation
                || !model.ExpArgument(exp).Dims.TryGetValue(loopOperation, out var atoms)
                || !model.Classes.Classes(atoms).SetEquals(axes.Sum))
            {
                continue;
            }

            var statements = values.Select(other => block.Statements.FirstOrDefault(statement => statement.Span.Contains(other.Exp.Syntax.Span))).ToList();
            if (statements.Any(statement => statement is null) || value.Syntax is not ExpressionSyntax anchorValue)
            {
                return null;
            }

            var elementType = semanticModel.GetTypeInfo(anchorValue, cancellationToken).Type;
            if (elementType?.SpecialType is not (SpecialType.System_Single or SpecialType.System_Double))
            {
                return null;
            }

            var first = statements.OrderBy(statement => statement!.SpanStart).First()!;
            return new SliceMaximumPlan(first, loop, anchorValue, elementType, shifts, RemovableStatements(semanticModel, max, shifts, cancellationToken));
        }

        return null;
    }

    /// <summary>The old maximum's folds and declaration, if every other read of it is one of the replaced shifts.</summary>
    private static IReadOnlyList<SyntaxNode> RemovableStatements(SemanticModel semanticModel, Reduction max, List<SyntaxNode> shifts, CancellationToken cancellationToken)
    {
        var foldStatements = max.Folds.Select(fold => fold.Syntax.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault()).ToList();
        if (foldStatements.Any(statement => statement is null || statement.Parent is not (BlockSyntax or ForStatementSyntax or IfStatementSyntax)
            || statement is IfStatementSyntax { Statement: BlockSyntax { Statements.Count: > 1 } } or IfStatementSyntax { Else: not null }))
        {
            return new List<SyntaxNode>();
        }

        var symbol = max.Folds[0] is IAssignmentOperation { Target: var target } ? SoftmaxModel.VariableOf(target) : null;
        if (symbol is not ILocalSymbol local)
        {
            return new List<SyntaxNode>();
        }

        var root = foldStatements[0]!.SyntaxTree.GetRoot(cancellationToken);
        foreach (var identifier in root.DescendantNodes().OfType<IdentifierNameSyntax>().Where(name => name.Identifier.ValueText == local.Name))
        {
            if (!SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                continue;
            }

            if (!shifts.Any(shift => shift.Span.Contains(identifier.Span)) && !foldStatements.Any(statement => statement!.Span.Contains(identifier.Span)))
            {
                return new List<SyntaxNode>();
            }
        }

        // The statement to delete for a fold is the outermost loop nest that contains only that fold.
        var removals = new List<SyntaxNode>();
        foreach (var statement in foldStatements)
        {
            SyntaxNode node = statement!;
            while (node.Parent is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax
                   || (node.Parent is BlockSyntax { Statements.Count: 1 } && node.Parent.Parent is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax))
            {
                node = node.Parent is BlockSyntax ? node.Parent.Parent! : node.Parent;
            }

            removals.Add(node);
        }

        if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration } })
        {
            removals.Add(declaration);
        }

        return removals;
    }
}
