using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// The LG0002 rewrite of one softmax site, in any layout the model reads: the sum is recomputed over exactly the
/// softmax slice, just before the loop that divides that slice (a copy of its header summing the divided value), and
/// the division reads the new sum; the old sum's statements are removed when nothing else reads it. The softmax axis
/// is the axis of a maximum that spans less than the sum, else the one the sum is reset for, else (max and sum both
/// over the whole batch: nothing in the code names an axis) the buffer's contiguous dimension, as
/// <c>LayerGen.Softmax.Forward</c> normalises — or, for LG0008, the dimension of the innermost loop around the division. Planned only when the divided value can be read again unchanged before
/// the loop (pure, nothing it reads written in the loop except by the division in place), so each slice is divided by
/// the sum of exactly the values it divides.
/// </summary>
internal sealed class SliceSumPlan
{
    private SliceSumPlan(
        MethodModel method, IForLoopOperation divisionLoop, ExpressionSyntax dividedValue, SyntaxNode divisorReference,
        ITypeSymbol sumType, string? reusableName, IReadOnlyList<SyntaxNode> removals)
    {
        Method = method;
        DivisionLoop = divisionLoop;
        DividedValue = dividedValue;
        DivisorReference = divisorReference;
        SumType = sumType;
        ReusableName = reusableName;
        Removals = removals;
    }

    public MethodModel Method { get; }

    /// <summary>The loop over the softmax axis that divides one slice: the new sum is computed by a copy of its header, just before it.</summary>
    public IForLoopOperation DivisionLoop { get; }

    /// <summary>The value divided (an element or an exp expression), summed again by the new loop.</summary>
    public ExpressionSyntax DividedValue { get; }

    /// <summary>The reference to the old sum inside the division, replaced by the new sum.</summary>
    public SyntaxNode DivisorReference { get; }

    public ITypeSymbol SumType { get; }

    /// <summary>The old sum's name when its declaration is removed (the new local takes it over), else null.</summary>
    public string? ReusableName { get; }

    /// <summary>The old sum's declaration and fold statements, when nothing else reads it.</summary>
    public IReadOnlyList<SyntaxNode> Removals { get; }

    /// <summary>The plan for the too-wide sum folded at <paramref name="foldSpan"/>, or null when no safe rewrite exists.</summary>
    public static SliceSumPlan? TryCreate(MethodModel method, Microsoft.CodeAnalysis.Text.TextSpan foldSpan)
    {
        var model = method.Model;
        if (LogSoftmaxGuard.Involves(model, foldSpan))
        {
            return null;
        }

        foreach (var site in model.Sites)
        {
            var axes = site.Axes(model.Classes);
            if (GlobalSumRule.IsTooWide(site, axes) && site.Sum.Folds.Any(fold => fold.Syntax.Span == foldSpan))
            {
                return Plan(method, site, axes);
            }
        }

        return null;
    }

    private static SliceSumPlan? Plan(MethodModel method, SoftmaxSite site, SiteAxes axes)
    {
        var model = method.Model;
        if (site.Sum.IsInline || SoftmaxModel.VariableOf((site.Sum.Folds[0] as IAssignmentOperation)?.Target) is not { } sum
            || site.Sum.Folds.Any(fold => !SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf((fold as IAssignmentOperation)?.Target), sum))
            || TypeOfSum(sum) is not { } type || RewriteSyntax.Zero(type, SyntaxGenerator.GetGenerator(method.Document)) is null
            || DividedValueAndDivisor(site.Division, sum) is not { } parts)
        {
            return null;
        }

        var (divided, divisor) = parts;
        var dims = model.DimsOf(divided);
        var loop = FindDivisionLoop(model, site, axes, divided, dims);
        if (loop is null || loop.Syntax is not ForStatementSyntax { Declaration.Variables.Count: 1 } || loop.Locals.Length != 1
            || !HeaderIsStable(loop) || !DiagonalDerivativeRewrite.ReadableAgainInLoop(divided, loop, site.Division)
            || divided.Syntax is not ExpressionSyntax dividedSyntax)
        {
            return null;
        }

        var removals = ReductionRemoval.Statements(method.SemanticModel, site.Sum, sum, new[] { divisor.Syntax });
        var reusable = sum is ILocalSymbol && removals.Any(removal => removal is LocalDeclarationStatementSyntax or VariableDeclaratorSyntax) ? sum.Name : null;
        return new SliceSumPlan(method, loop, dividedSyntax, divisor.Syntax, type, reusable, removals);
    }

    /// <summary>float, double, decimal or a generic-math type, for a local, field or by-value parameter.</summary>
    private static ITypeSymbol? TypeOfSum(ISymbol sum) => sum switch
    {
        ILocalSymbol { IsRef: false, IsConst: false } local => local.Type,
        IFieldSymbol { IsReadOnly: false, IsConst: false } field => field.Type,
        IParameterSymbol { RefKind: RefKind.None } parameter => parameter.Type,
        _ => null,
    };

    /// <summary>
    /// The divided value and the one reference to the sum inside the division: <c>v / s</c>, <c>v /= s</c>,
    /// <c>v * (1 / s)</c>, <c>v *= 1 / s</c>. Null for a library call or a reciprocal kept in another variable.
    /// </summary>
    private static (IOperation Divided, IOperation Divisor)? DividedValueAndDivisor(IOperation division, ISymbol sum)
    {
        var references = division.DescendantsAndSelf().Where(node => node is ILocalReferenceOperation or IFieldReferenceOperation or IParameterReferenceOperation
            && SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf(node), sum)).ToList();
        if (references.Count != 1)
        {
            return null;
        }

        IOperation? divided = division switch
        {
            ICompoundAssignmentOperation compound => compound.Target,
            IBinaryOperation binary => SoftmaxModel.Contains(binary.RightOperand, references[0]) ? binary.LeftOperand : binary.RightOperand,
            _ => null,
        };
        return divided is null || SoftmaxModel.Contains(divided, references[0]) ? null : (SoftmaxModel.Unwrap(divided)!, references[0]);
    }

    /// <summary>
    /// The <c>for</c> loop around the division that walks the divided value along the softmax axis, with every other
    /// dimension of the value walked by a loop (or lambda) around it: one run of the loop is one slice.
    /// </summary>
    private static IForLoopOperation? FindDivisionLoop(
        SoftmaxModel model, SoftmaxSite site, SiteAxes axes, IOperation divided,
        System.Collections.Immutable.ImmutableDictionary<IOperation, System.Collections.Immutable.ImmutableHashSet<DimensionAtom>> dims)
    {
        var loop = DiagonalDerivativeRewrite.Enclosing<IForLoopOperation>(site.Division).FirstOrDefault(candidate => dims.ContainsKey(candidate));
        if (loop is null)
        {
            return null;
        }

        var axis = SoftmaxAxis(model, site, axes, dims[loop]);
        if (axis is null || !model.Classes.Classes(dims[loop]).SetEquals(axis))
        {
            return null;
        }

        foreach (var entry in dims)
        {
            if (entry.Key != loop
                && (!entry.Key.Syntax.Span.Contains(loop.Syntax.Span) || entry.Key.Syntax == loop.Syntax || model.Classes.Classes(entry.Value).Overlaps(axis)))
            {
                return null;
            }
        }

        return loop;
    }

    /// <summary>
    /// The slice the sum should span: a maximum's axis that is a proper part of the site, else the axis the sum is
    /// reset for, else — nothing names one — the contiguous dimension the division loop walks; for a whole-buffer
    /// softmax (LG0008) the dimension the innermost division loop walks, contiguous or not (a column-major
    /// <c>z[c, s]</c> walked per sample <c>s</c> becomes one softmax per sample).
    /// </summary>
    private static HashSet<DimensionAtom>? SoftmaxAxis(SoftmaxModel model, SoftmaxSite site, SiteAxes axes, System.Collections.Immutable.ImmutableHashSet<DimensionAtom> loopAtoms)
    {
        var maxAxes = axes.Maxima.Select(entry => entry.Axis).Where(axis => axis.Count > 0 && axis.IsProperSubsetOf(axes.Site)).ToList();
        if (maxAxes.Count > 0)
        {
            return maxAxes.All(axis => axis.SetEquals(maxAxes[0])) ? maxAxes[0] : null;
        }

        if (axes.Sum.Count > 0 && axes.Sum.IsProperSubsetOf(axes.Site))
        {
            return axes.Sum;
        }

        return axes.SumCoversBatch && (loopAtoms.All(IsContiguous) || WholeBufferSoftmaxRule.IsWholeBuffer(model, site, axes))
            ? model.Classes.Classes(loopAtoms)
            : null;
    }

    /// <summary>The last index of a <c>T[,]</c>, the innermost array of a <c>T[][]</c>, the unit stride of a flat buffer.</summary>
    private static bool IsContiguous(DimensionAtom atom)
    {
        if (atom.Key == DimensionAtom.UnitStrideKey)
        {
            return true;
        }

        var type = atom.Root switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return (atom.Key, type) switch
        {
            (_, IArrayTypeSymbol { Rank: > 1 } rectangular) => atom.Key == "r" + (rectangular.Rank - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            (_, IArrayTypeSymbol jagged) => atom.Key == "d" + (JaggedDepth(jagged) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => false,
        };
    }

    private static int JaggedDepth(IArrayTypeSymbol array)
    {
        var depth = 1;
        for (var element = array.ElementType; element is IArrayTypeSymbol inner; element = inner.ElementType)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>The copied header must mean the same before the loop: its body writes neither the loop variable nor what the header reads.</summary>
    private static bool HeaderIsStable(IForLoopOperation loop)
    {
        var header = loop.Condition is null ? Enumerable.Empty<ISymbol>() : RewriteSyntax.ReadVariables(loop.Condition);
        return header.Concat(loop.AtLoopBottom.SelectMany(RewriteSyntax.ReadVariables)).Append(loop.Locals[0])
            .All(variable => !RewriteSyntax.IsWrittenIn(variable, loop.Body));
    }
}
