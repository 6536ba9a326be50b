using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static LayerGen.Analyzers.BatchSoftmax.OperationHelpers;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>
/// Finds, in one operation block, softmaxes over a 2D batch whose max (LG0001) or sum (LG0002) is reduced over
/// more than the row it is used in. Shared by the analyzer and the code fix.
/// </summary>
internal static class BatchSoftmaxFinder
{
    /// <summary>The findings of <paramref name="root"/>, in source order of their reductions; empty for code with errors.</summary>
    public static ImmutableArray<BatchSoftmaxFinding> Find(IOperation root, SoftmaxSymbols symbols)
    {
        var facts = MethodFacts.Collect(root, symbols);
        if (facts.HasInvalidCode || facts.ExpCalls.Count == 0)
        {
            return ImmutableArray<BatchSoftmaxFinding>.Empty;
        }

        var accesses = new BufferAccessReader(facts);
        var uses = ReadUses(facts, accesses).ToList();
        if (uses.Count == 0)
        {
            return ImmutableArray<BatchSoftmaxFinding>.Empty;
        }

        // Only variables that some exp shifts by, or some division divides by, are worth reading reductions for.
        var reductionReader = new ReductionReader(facts, accesses);
        var reductions = CollectReductions(facts, reductionReader, uses);

        var groups = new Dictionary<IOperation, (Reduction Reduction, List<SoftmaxUse> Uses)>();
        var order = new List<IOperation>();
        foreach (var use in uses)
        {
            foreach (var reduction in GlobalReductionsFor(use, facts, reductions, reductionReader))
            {
                if (!groups.TryGetValue(reduction.Operation, out var group))
                {
                    group = (reduction, new List<SoftmaxUse>());
                    groups[reduction.Operation] = group;
                    order.Add(reduction.Operation);
                }

                group.Uses.Add(use);
            }
        }

        if (order.Count == 0 || HasCompilationErrors(root))
        {
            return ImmutableArray<BatchSoftmaxFinding>.Empty;
        }

        return order
            .OrderBy(operation => operation.Syntax.SpanStart)
            .Select(operation => CreateFinding(groups[operation].Reduction, groups[operation].Uses))
            .ToImmutableArray();
    }

    private static Dictionary<ISymbol, List<Reduction>> CollectReductions(MethodFacts facts, ReductionReader reader, List<SoftmaxUse> uses)
    {
        var reductions = new Dictionary<ISymbol, List<Reduction>>(SymbolEqualityComparer.Default);
        var seen = new HashSet<IOperation>();
        foreach (var variable in uses.Select(use => use.Variable).Where(variable => variable is not null).Distinct(SymbolEqualityComparer.Default))
        {
            var list = new List<Reduction>();
            foreach (var write in facts.WritesOf(variable!))
            {
                foreach (var candidate in ReductionCandidates(write))
                {
                    if (seen.Add(candidate) && reader.TryRead(candidate) is { } reduction
                        && SymbolEqualityComparer.Default.Equals(reduction.Target, variable))
                    {
                        list.Add(reduction);
                    }
                }
            }

            reductions[variable!] = list;
        }

        return reductions;
    }

    /// <summary>The write itself, and the <c>if</c> around it for the <c>if (v &gt; m) m = v;</c> form.</summary>
    private static IEnumerable<IOperation> ReductionCandidates(IOperation write)
    {
        yield return write;
        if (write.Parent is IExpressionStatementOperation statement)
        {
            var parent = statement.Parent is IBlockOperation block ? block.Parent : statement.Parent;
            if (parent is IConditionalOperation { Type: null } conditional)
            {
                yield return conditional;
            }
        }
    }

    private static IEnumerable<SoftmaxUse> ReadUses(MethodFacts facts, BufferAccessReader accesses)
    {
        foreach (var exp in facts.ExpCalls)
        {
            if (ReadExpUse(exp, accesses) is { } use)
            {
                yield return use;
            }
        }

        foreach (var division in facts.Divisions)
        {
            if (ReadDivisionUse(division, facts, accesses) is { } use)
            {
                yield return use;
            }
        }
    }

    /// <summary><c>exp(x[i, j] - m)</c> with <c>x[i, j]</c> a row element.</summary>
    private static SoftmaxUse? ReadExpUse(IInvocationOperation exp, BufferAccessReader accesses)
    {
        if (exp.Arguments.Length != 1
            || Unwrap(exp.Arguments[0].Value) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } shift
            || accesses.Read(shift.LeftOperand) is not { IsTwoDimensional: true } element)
        {
            return null;
        }

        var variable = ReferencedSymbol(shift.RightOperand);
        if (variable is null && Unwrap(shift.RightOperand) is not IInvocationOperation)
        {
            return null;
        }

        return new SoftmaxUse(ReductionKind.Max, exp, element, variable, shift.LeftOperand, shift.RightOperand);
    }

    /// <summary><c>y[i, j] /= s</c> or <c>y[i, j] = e / s</c> where the divided value comes from an exp.</summary>
    private static SoftmaxUse? ReadDivisionUse(IOperation division, MethodFacts facts, BufferAccessReader accesses)
    {
        IOperation dividend;
        IOperation divisor;
        BufferAccess? element;
        bool isExpDerived;
        switch (division)
        {
            case ICompoundAssignmentOperation compound:
                dividend = compound.Target;
                divisor = compound.Value;
                element = accesses.Read(compound.Target);
                isExpDerived = facts.IsExpWritten(BufferSymbol(compound.Target));
                break;

            case IBinaryOperation binary:
                dividend = binary.LeftOperand;
                divisor = binary.RightOperand;
                var parent = binary.Parent;
                while (parent is IConversionOperation or IParenthesizedOperation)
                {
                    parent = parent.Parent;
                }

                element = parent is ISimpleAssignmentOperation assignment && accesses.Read(assignment.Target) is { IsTwoDimensional: true } target
                    ? target
                    : accesses.FindWithin(dividend);
                isExpDerived = facts.IsExpDerived(dividend);
                break;

            default:
                return null;
        }

        if (!isExpDerived || element is not { IsTwoDimensional: true } || ReferencedSymbol(divisor) is not { } variable)
        {
            return null;
        }

        return new SoftmaxUse(ReductionKind.Sum, division, element, variable, dividend, divisor);
    }

    private static IEnumerable<Reduction> GlobalReductionsFor(
        SoftmaxUse use, MethodFacts facts, Dictionary<ISymbol, List<Reduction>> reductions, ReductionReader reader)
    {
        if (use.Variable is null)
        {
            // exp(x[i, j] - x.Cast<float>().Max()): the reduction is written inline.
            var inline = reader.WholeBuffer(use.Element.Buffer, use.Reference);
            if (inline is { Kind: ReductionKind.Max } && SymbolEqualityComparer.Default.Equals(inline.Buffer, use.Element.Buffer))
            {
                yield return inline;
            }

            yield break;
        }

        if (!reductions.TryGetValue(use.Variable, out var candidates))
        {
            yield break;
        }

        var global = candidates.Where(reduction => IsGlobalFor(reduction, use)).ToList();
        if (global.Count == 0 || IsRecomputedPerRow(use, facts, global))
        {
            yield break;
        }

        foreach (var reduction in global)
        {
            yield return reduction;
        }
    }

    private static bool IsGlobalFor(Reduction reduction, SoftmaxUse use)
    {
        if (reduction.Kind != use.Kind || !reduction.CoversOtherRows(use.Operation))
        {
            return false;
        }

        return use.Kind == ReductionKind.Max
            ? SymbolEqualityComparer.Default.Equals(reduction.Buffer, use.Element.Buffer)
            : reduction.IsExpDerived;
    }

    /// <summary>True when the variable is also written inside the use's row loop by something other than a global reduction.</summary>
    private static bool IsRecomputedPerRow(SoftmaxUse use, MethodFacts facts, List<Reduction> global)
    {
        if (use.Element.RowLoop is not { } rowLoop || use.Variable is null)
        {
            return false;
        }

        foreach (var write in facts.WritesOf(use.Variable))
        {
            if (Contains(rowLoop, write)
                && !global.Any(reduction => Contains(reduction.Operation, write) || Contains(write, reduction.Operation)))
            {
                return true;
            }
        }

        return false;
    }

    private static BatchSoftmaxFinding CreateFinding(Reduction reduction, List<SoftmaxUse> uses)
    {
        var first = uses[0];
        var variableName = first.Variable?.Name ?? first.Reference.Syntax.ToString();
        var input = reduction.Kind == ReductionKind.Max ? first.Element.Buffer : reduction.Buffer ?? first.Element.Buffer;
        var ordered = uses.Distinct().OrderBy(use => use.Operation.Syntax.SpanStart).ToImmutableArray();
        return new BatchSoftmaxFinding(reduction, ordered, variableName, input.Name);
    }

    private static bool HasCompilationErrors(IOperation root)
    {
        var model = root.SemanticModel;
        if (model is null)
        {
            return true;
        }

        foreach (var diagnostic in model.GetDiagnostics(root.Syntax.Span))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
