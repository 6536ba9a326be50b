using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A slice's sum spelled as the difference of two readings of one running total: <c>before = total</c> where a pixel's
/// walk starts, <c>total += e</c> over its classes, then <c>total - before</c> (review41 P14). The total runs across every
/// pixel, but the difference holds only the folds made after the snapshot: read at the use, it is the total as if the
/// snapshot had reset it. So the loops it carries across are those the total carries across with the snapshot counted
/// as a reset; a snapshot taken once before every pixel leaves the difference as wide as the total (LG0002). Prefix
/// arrays (<c>cum[x + 1] - cum[x]</c>) are not read this way (a known gap: still reported).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The sum <paramref name="difference"/> (<c>total - before</c> with <c>before</c> a local declared as
    /// <c>total</c>) holds as read at <paramref name="use"/>; null for any other difference.
    /// </summary>
    private Reduction? SinceSnapshotSum(IBinaryOperation difference, IOperation use)
    {
        if (VariableOf(Unwrap(difference.LeftOperand)) is not ILocalSymbol total
            || Unwrap(difference.RightOperand) is not ILocalReferenceOperation { Local: { RefKind: RefKind.None } snapshot }
            || WritesOf(snapshot) is not [{ Operation: IVariableDeclaratorOperation declarator, Value: { } copied }]
            || !References(Unwrap(copied), total)
            || ReductionAt(difference.LeftOperand, use) is not { Kind: ReductionKind.Sum, Elements.Exps.Count: > 0 } sum)
        {
            return null;
        }

        var scan = ScanReduction(total, elementTarget: false, slot: null);
        if (scan.Accumulations.Count == 0 || scan.Definitions.Any(definition => definition.IsPerUse || definition.Whole is not null))
        {
            return null;
        }

        var resets = scan.Resets.Append(declarator).ToList();
        var dropped = ImmutableHashSet<DimensionAtom>.Empty;
        var partial = false;
        foreach (var accumulation in scan.Accumulations)
        {
            var dims = Eval(accumulation.Value).Dims;
            IOperation? inner = null;
            foreach (var loop in EnclosingLoops(accumulation.Write))
            {
                var sinceSnapshot = Carries(total, accumulation.Write, loop, inner, resets);
                if (!sinceSnapshot && CachedCarries(total, accumulation.Write, loop, inner, scan.Resets))
                {
                    RecordSnapshotRestart(difference, accumulation.Reported, loop);
                    if (dims.TryGetValue(loop, out var atoms))
                    {
                        dropped = dropped.Union(atoms);
                    }
                }

                // Read inside a loop the difference still carries across: a running difference read mid-way.
                partial |= sinceSnapshot && Contains(loop, use) && !Contains(accumulation.Write, use);
                inner = loop;
            }
        }

        return new Reduction(sum.Kind, sum.Name, sum.Atoms.Except(dropped), sum.Folds, sum.Elements, partial, sum.StaleAtoms, sum.IsInline, sum.Extents.RemoveRange(dropped));
    }

    /// <summary>
    /// For each fold of a total, the differences <c>total - before</c> read from it and the loops their snapshot restarts
    /// it at (<see cref="RestartsWhileSumCarries"/> asks: the total runs across the pixels, the difference does not).
    /// Kept per difference, not per use, so a memoised reduction answers the same wherever it is read.
    /// </summary>
    private readonly Dictionary<IOperation, List<(IOperation Difference, IOperation Loop)>> _snapshotRestarts = new();

    private void RecordSnapshotRestart(IOperation difference, IOperation fold, IOperation loop)
    {
        if (!_snapshotRestarts.TryGetValue(fold, out var restarts))
        {
            restarts = new List<(IOperation, IOperation)>();
            _snapshotRestarts[fold] = restarts;
        }

        restarts.Add((difference, loop));
    }

    /// <summary>
    /// True when <paramref name="division"/> divides by a difference whose snapshot restarts <paramref name="fold"/>'s
    /// total at each step of <paramref name="loop"/>.
    /// </summary>
    private bool RestartsAtSnapshot(IOperation division, IOperation fold, IOperation loop) =>
        _snapshotRestarts.TryGetValue(fold, out var restarts)
        && restarts.Any(restart => restart.Loop == loop && ReachesDivision(restart.Difference, division, depth: 0));

    /// <summary>
    /// True when <paramref name="value"/> is part of <paramref name="division"/>, or initialises a local that is (also
    /// through further locals: <c>own = total - before</c>, <c>inv = 1f / own</c>).
    /// </summary>
    private bool ReachesDivision(IOperation value, IOperation division, int depth)
    {
        if (Contains(division, value))
        {
            return true;
        }

        var declarator = value.Parent;
        while (declarator is not null and not IVariableDeclaratorOperation and not IBlockOperation and not IExpressionStatementOperation)
        {
            declarator = declarator.Parent;
        }

        return depth < 3 && declarator is IVariableDeclaratorOperation { Symbol: var local }
            && _operations.Any(read => read is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && ReachesDivision(read, division, depth + 1));
    }
}
