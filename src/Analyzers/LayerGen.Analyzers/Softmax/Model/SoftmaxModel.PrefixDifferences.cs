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
                    RecordSnapshotRestart(use, accumulation.Reported, loop);
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
    /// For a difference read at a use, the loops each fold of its total carries across that the snapshot restarts it at
    /// (<see cref="RestartsWhileSumCarries"/> asks: the total runs across the pixels, the difference does not).
    /// </summary>
    private readonly Dictionary<(IOperation Use, IOperation Fold), HashSet<IOperation>> _snapshotRestarts = new();

    private void RecordSnapshotRestart(IOperation use, IOperation fold, IOperation loop)
    {
        if (!_snapshotRestarts.TryGetValue((use, fold), out var loops))
        {
            loops = new HashSet<IOperation>();
            _snapshotRestarts[(use, fold)] = loops;
        }

        loops.Add(loop);
    }

    /// <summary>True when the sum read at <paramref name="use"/> restarts at each step of <paramref name="loop"/> through a snapshot of its total.</summary>
    private bool RestartsAtSnapshot(IOperation use, IOperation fold, IOperation loop) =>
        _snapshotRestarts.TryGetValue((use, fold), out var loops) && loops.Contains(loop);
}
