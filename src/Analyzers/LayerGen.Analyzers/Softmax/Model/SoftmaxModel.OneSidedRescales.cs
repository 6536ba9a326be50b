using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An online (flash) attention that moves its accumulator to each new running maximum (<c>acc[c] = acc[c] * r + p * v</c>,
/// <c>r = exp(m - mNew)</c>) but not its denominator (<c>l += p</c>, review 41's F22): every term of <c>l</c> keeps the
/// maximum of its own prefix, so the sum adds exps of different shifts, an LG0002 like any sum of mixed shifts.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when the site's sum is one variable folding exps shifted by a running (partial) maximum, another
    /// accumulator of the method is rescaled by an exp whose exponent reads that maximum, and no write of the sum is
    /// such a rescale or reads its factor (<c>l = MathF.FusedMultiplyAdd(l, r, p)</c> and <c>l *= r</c> count as rescaled).
    /// </summary>
    public bool SumSkipsRescale(SoftmaxSite site)
    {
        if (site.Sum.Folds.IsEmpty || site.Sum.IsInline || site.Sum.Folds.Any(MultipliesByExp))
        {
            return false;
        }

        var targets = site.Sum.Folds.Select(FoldWrittenVariable).Distinct(SymbolEqualityComparer.Default).ToList();
        if (targets.Count != 1 || targets[0] is not ILocalSymbol sum)
        {
            return false;
        }

        // Asked per site: the method's rescales are listed once (RescaleWrites), so a method without another rescaled
        // accumulator answers before any maximum is read.
        var rescales = RescaleWrites();
        if (!rescales.Any(rescale => !SymbolEqualityComparer.Default.Equals(rescale.Target, sum)))
        {
            return false;
        }

        var maxima = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var exp in site.Sum.Elements.Exps)
        {
            foreach (var max in ShiftMaxima(exp).Where(max => max is { Kind: ReductionKind.Max, IsPartial: true, IsInline: false, SignUnknown: false }))
            {
                maxima.UnionWith(max.Folds.Select(FoldWrittenVariable).OfType<ISymbol>());
            }
        }

        if (maxima.Count == 0)
        {
            return false;
        }

        var factors = rescales.Where(rescale => !SymbolEqualityComparer.Default.Equals(rescale.Target, sum)
                && rescale.Exponent.DescendantsAndSelf().Any(read => maxima.Any(max => ReadsRunningMax(read, max))))
            .Select(rescale => rescale.Factor).ToList();
        return factors.Count > 0 && !WritesOf(sum).Any(write => IsRescale(sum, write.Operation, write.Value)
            || RescaleExponent(sum, write.Operation, write.Value) is not null
            || (write.Value ?? write.Operation).DescendantsAndSelf().Any(read => factors.Any(factor => ReadsFactor(read, factor))));
    }

    /// <summary>
    /// Every write of the method that rescales an accumulator by an exp (<see cref="RescaleExponent"/>): its target,
    /// the exp's exponent and the factor (a local holding the exp, or the call). Read once per model.
    /// </summary>
    private List<(ISymbol Target, IOperation Exponent, IOperation Factor)> RescaleWrites()
    {
        if (_rescaleWrites is { } known)
        {
            return known;
        }

        var candidates = new List<(ISymbol? Target, IOperation Operation, IOperation? Value)>();
        foreach (var pair in _variableWrites)
        {
            candidates.AddRange(pair.Value.Select(write => ((ISymbol?)pair.Key, write.Operation, write.Value)));
        }

        candidates.AddRange(_elementWrites.Select(write => (RootOf(write.Target), write.Operation, write.Value)));
        var rescales = new List<(ISymbol Target, IOperation Exponent, IOperation Factor)>();
        foreach (var (target, operation, value) in candidates)
        {
            if (target is null || RescaleExponent(target, operation, value) is not { } exponent)
            {
                continue;
            }

            var factor = operation is ICompoundAssignmentOperation compound ? compound.Value
                : CopiedValue(value, target) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
                    ? RescaleFactor(add.LeftOperand, target) ?? RescaleFactor(add.RightOperand, target)
                    : RescaleFactor(CopiedValue(value, target), target);
            if (Unwrap(factor) is { } found)
            {
                rescales.Add((target, exponent, found));
            }
        }

        _rescaleWrites = rescales;
        return rescales;
    }

    private List<(ISymbol Target, IOperation Exponent, IOperation Factor)>? _rescaleWrites;

    /// <summary>True when <paramref name="read"/> reads the factor's local, or calls the same exp on the same exponent as the factor's call.</summary>
    private bool ReadsFactor(IOperation read, IOperation factor) =>
        (VariableOf(factor) is ILocalSymbol local && References(read, local)) || IsSameExpCall(read, SingleDefinition(factor) ?? factor) || read == factor;

    /// <summary>The variable a fold statement writes (<c>l</c> of <c>l += p</c>, <c>mNew</c> of <c>float mNew = MathF.Max(m, x)</c>), or null.</summary>
    private static ISymbol? FoldWrittenVariable(IOperation fold)
    {
        foreach (var operation in fold.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IAssignmentOperation assignment when VariableOf(assignment.Target) is { } target:
                    return target;
                case IVariableDeclaratorOperation declarator:
                    return declarator.Symbol;
            }
        }

        return null;
    }
}
