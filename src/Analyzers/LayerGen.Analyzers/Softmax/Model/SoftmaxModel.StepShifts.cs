using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Mixed shifts told by the loops rather than by the dimensions (<see cref="SumsMixedShifts"/>): a shift restarted at
/// every step of a loop that the sum carries across. A jagged row or a rectangular position read at
/// <c>x * classes + c</c> is one dimension however many loops walk it, so a per-pixel max over the classes and a
/// per-row sum over the pixels and classes fold the same dimension class; the loops still show that each pixel's exps
/// are shifted by that pixel's own max while one total adds every pixel's (<c>ParallelRows_RowTotal</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// For each fold statement (<see cref="Reduction.Folds"/>), the loops it carries across: carried for every target
    /// the statement folds (<c>ByEvery</c>), and for some target (<c>ByAny</c>; they differ only for a tuple fold).
    /// </summary>
    private readonly Dictionary<IOperation, (HashSet<IOperation> ByEvery, HashSet<IOperation> ByAny)> _carriedLoops = new();

    /// <summary>Records which of <paramref name="loops"/> the fold reported at <paramref name="reported"/> carries across.</summary>
    private void RecordCarriedLoops(IOperation reported, List<FoldLoop> loops)
    {
        var carried = new HashSet<IOperation>(loops.Where(loop => loop.Carried).Select(loop => loop.Loop));
        if (_carriedLoops.TryGetValue(reported, out var known))
        {
            known.ByEvery.IntersectWith(carried);
            known.ByAny.UnionWith(carried);
        }
        else
        {
            _carriedLoops[reported] = (carried, new HashSet<IOperation>(carried));
        }
    }

    /// <summary>
    /// True when some fold of <paramref name="reduction"/> carries across <paramref name="loop"/> (a loop operation of this
    /// method's tree): the reduction is not restarted at each of its steps. False when the fold's loops were not recorded.
    /// </summary>
    internal bool CarriesAcross(Reduction reduction, IOperation loop) =>
        reduction.Folds.Any(fold => _carriedLoops.TryGetValue(fold, out var carried) && carried.ByAny.Contains(loop));

    /// <summary>
    /// True when <paramref name="shift"/> restarts at every step of <paramref name="loop"/> while the site's sum carries
    /// across it: every fold of the sum carries across the loop; every fold of the shift is inside it and carries
    /// across no step of it (or is a whole reduction called in it); the shift's reads and the site's exps move with the
    /// loop. Each step's exps then have their own shift and the sum adds them all. A shift recomputed per step over the
    /// same elements (its reads do not move with the loop) is one shift for every term.
    /// </summary>
    private bool RestartsWhileSumCarries(SoftmaxSite site, Reduction shift, IOperation loop)
    {
        if (!site.Sum.Folds.All(fold => _carriedLoops.TryGetValue(fold, out var carried) && carried.ByEvery.Contains(loop) && !RestartsAtSnapshot(site.Division, fold, loop)))
        {
            return false;
        }

        if (!shift.Folds.All(fold => Contains(loop, fold)
            && (_carriedLoops.TryGetValue(fold, out var carried) ? !carried.ByAny.Contains(loop) : Unwrap(fold) is IInvocationOperation)))
        {
            return false;
        }

        return !IsSumRewrittenInside(site.Sum, loop)
            && shift.Folds.Any(fold => ReadsMoveWith(fold, loop))
            && (MovesWith(site.Exps.Where(exp => Contains(loop, exp)).Select(ExpArgument), loop)
                || site.Exps.Any(exp => Contains(loop, exp) && GathersPickedBy(exp, loop)));
    }

    /// <summary>
    /// True when the sum's variable is written inside <paramref name="loop"/> other than by its folds: a reset under a
    /// condition (<c>if (c == 0) { m = …; s = 0; }</c> in one flat loop over pixels and classes) may restart it with
    /// the shift, so the loop alone does not show that one total spans several shifts.
    /// </summary>
    private bool IsSumRewrittenInside(Reduction sum, IOperation loop) =>
        sum.Folds.Select(fold => VariableOf((Unwrap(fold) as IAssignmentOperation)?.Target)).Any(variable => variable is null
            || WritesOf(variable).Any(write => Contains(loop, write.Operation)
                && !sum.Folds.Any(fold => Contains(fold, write.Operation) || Contains(write.Operation, fold))));

    /// <summary>
    /// True when an element <paramref name="fold"/> reads (an access, a <c>foreach</c> element) is picked by
    /// <paramref name="loop"/>, or, for a whole reduction called in the loop (<c>row.Skip(x * classes).Take(classes).Max()</c>),
    /// when the call's receiver or arguments use the loop's counter.
    /// </summary>
    private bool ReadsMoveWith(IOperation fold, IOperation loop)
    {
        // An element read moves to a new block only through an index linear in the loop's counter (x * classes + c, a
        // jagged row[x]); a counter under / or % (r = x / W, (t + k) % N, i - i % n) can revisit the same elements.
        var reads = fold.DescendantsAndSelf().Where(read => IsElementAccess(read) && IndicesOf(read).Any(index => Linear(index).Terms.TryGetValue(loop, out var stride) && stride != Stride.Unknown)
            || read is ILocalReferenceOperation { Local: var walked } && ForEachOf(walked) is not null);
        // x[c] for foreach (int c in kv.Value): the group's list moves with the loop over the groups (GroupUnions.cs).
        return MovesWith(reads.Select(read => Eval(read)), loop) || GathersPickedBy(fold, loop)
            || Unwrap(fold) is IInvocationOperation call && call.Descendants().Any(read => read is ILocalReferenceOperation or IParameterReferenceOperation
                && InductionLoop(VariableOf(read), read) == loop);
    }

    private static bool MovesWith(IEnumerable<ValueFacts> values, IOperation loop) =>
        values.Any(facts => facts.Dims.TryGetValue(loop, out var atoms) && atoms.Count > 0);
}
