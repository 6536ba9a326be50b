using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One group or the union of the groups (review45 tg: G03, G28, V5): a read through an index list a loop picks
/// (<c>x[c]</c> for <c>foreach (int c in kv.Value)</c> inside <c>foreach (var kv in groups)</c>, Gathers.cs) has the gather's
/// dimension in every group, so the dimensions alone cannot tell a fold restarted per group (each group its own softmax
/// slice) from one fold carried across the loop that picks the group (one softmax over the union of the groups). The
/// loops tell it: a fold carried across a loop that picks the list its reads gather through spans every group.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memo of <see cref="GroupPickingLoops"/>, per element read.</summary>
    private readonly Dictionary<IOperation, List<IOperation>> _groupPickingLoops = new();

    /// <summary>
    /// The loops around <paramref name="read"/> that pick the index list it gathers through (Gathers.cs): the
    /// <c>foreach</c> over the groups whose element, member or deconstructed part the list is (<c>kv.Value</c>,
    /// <c>g.Idx</c>, <c>idx</c>), the walk over the keys that looks it up (<c>syn[aa]</c>) or the loop whose counter picks it
    /// (<c>groups[g]</c>, <c>records[g].Indices</c>), also through locals written once. Empty for any other read.
    /// </summary>
    private List<IOperation> GroupPickingLoops(IOperation read)
    {
        if (_groupPickingLoops.TryGetValue(read, out var known))
        {
            return known;
        }

        var loops = new List<IOperation>();
        if (OneIndexRead(read) is var (_, index, _) && IndexGatherRoot(index) is not null && GatheredList(index) is { } list)
        {
            var picking = new HashSet<IOperation>();
            AddListLoops(list, picking, depth: 0);
            loops.AddRange(EnclosingLoops(read).Where(picking.Contains));
        }

        _groupPickingLoops[read] = loops;
        return loops;
    }

    /// <summary>
    /// The index list a gathering <paramref name="index"/> reads its entry from: the collection an index walk steps
    /// through (<c>kv.Value</c> of <c>foreach (int c in kv.Value)</c>) or the list read at a position (<c>idx</c> of
    /// <c>idx[k]</c>), through locals written once.
    /// </summary>
    private IOperation? GatheredList(IOperation? index, int depth = 0)
    {
        switch (Unwrap(index))
        {
            case ILocalReferenceOperation or IParameterReferenceOperation when IndexWalkRead(index) is var (_, walkedList):
                return walkedList;
            case ILocalReferenceOperation { Local: var local } when depth < MaxIndirectionDepth && SingleDefinitionValue(local) is { } value:
                return GatheredList(value, depth + 1);
            case { } entry when OneIndexRead(entry) is var (list, _, type) && IsIndexType(type):
                return list;
            default:
                return null;
        }
    }

    /// <summary>
    /// Adds to <paramref name="loops"/> the loops whose variables <paramref name="list"/> is picked by: a <c>foreach</c>
    /// element (also deconstructed) or a counter it reads, and those of the definition of a local written once it reads.
    /// </summary>
    private void AddListLoops(IOperation list, HashSet<IOperation> loops, int depth)
    {
        foreach (var node in list.DescendantsAndSelf())
        {
            if (node is not ILocalReferenceOperation { Local: var local })
            {
                continue;
            }

            if (ForEachOf(local) is { } forEach)
            {
                loops.Add(forEach);
            }
            else if (InductionLoop(local, node) is { } counted)
            {
                loops.Add(counted);
            }
            else if (depth < MaxIndirectionDepth && SingleDefinitionValue(local) is { } value)
            {
                // int[] idx = kv.Value; var group = records[g];: the loops that picked the copied group.
                AddListLoops(value, loops, depth + 1);
            }
        }
    }

    /// <summary>Memo of <see cref="PickedLoopsOf"/>, per operation (a fold, an exp).</summary>
    private readonly Dictionary<IOperation, HashSet<IOperation>> _pickedLoopsOf = new();

    /// <summary>
    /// The loops that pick the index lists the element reads of <paramref name="operation"/> gather through (the union of
    /// their <see cref="GroupPickingLoops"/>); empty when it reads through no list a loop picks. Memoised per operation.
    /// </summary>
    private HashSet<IOperation> PickedLoopsOf(IOperation operation)
    {
        if (_pickedLoopsOf.TryGetValue(operation, out var known))
        {
            return known;
        }

        var loops = new HashSet<IOperation>(operation.DescendantsAndSelf().Where(IsElementAccess).SelectMany(GroupPickingLoops));
        _pickedLoopsOf[operation] = loops;
        return loops;
    }

    /// <summary>The element reads in <paramref name="operation"/> gathered through a list that <paramref name="loop"/> picks.</summary>
    private bool GathersPickedBy(IOperation operation, IOperation loop) => PickedLoopsOf(operation).Contains(loop);

    /// <summary>
    /// True when a fold of <paramref name="reduction"/> reads through a group's index list and carries across a loop
    /// that picks the group: one fold over the union of the groups, not one per group (<c>total += p[c]</c> declared
    /// and reset outside <c>foreach (var kv in groups)</c>).
    /// </summary>
    internal bool SpansEveryGroup(Reduction reduction) =>
        reduction.Folds.Any(fold => _carriedLoops.TryGetValue(fold, out var carried) && PickedLoopsOf(fold).Overlaps(carried.ByAny));

    /// <summary>
    /// True when <paramref name="site"/> divides by one total over the union of the groups: a fold of its sum carries
    /// across a loop that picks the group it reads, and the division lies outside and after that loop (review46 G54: a
    /// running total never reset but divided inside the group loop normalises each group by a partial total, so the
    /// first group, if far below the whole maximum, gives 0/0; that is no union softmax and the whole maximum stays too wide).
    /// </summary>
    internal bool DividesByUnionTotal(SoftmaxSite site) =>
        site.Sum.Folds.Any(fold => _carriedLoops.TryGetValue(fold, out var carried)
            && PickedLoopsOf(fold).Any(loop => carried.ByAny.Contains(loop) && IsAfterLoop(site.Division, loop)));

    /// <summary>
    /// True when <paramref name="operation"/> runs after <paramref name="loop"/>: it is not inside the loop. Source order
    /// is not asked: a local function or lambda written before the loop and called after it (review47 GU01/GU02) divides
    /// after the loop too; the division that makes G54 per group is the one inside the loop's body.
    /// </summary>
    private static bool IsAfterLoop(IOperation operation, IOperation loop) => !Contains(loop, operation);

    /// <summary>
    /// True when every fold of <paramref name="reduction"/> reads through a group's index list and carries across no
    /// loop that picks the group: it restarts for every group (its declaration or reset is inside the group loop).
    /// </summary>
    internal bool RestartsPerGroup(Reduction reduction) =>
        !reduction.Folds.IsEmpty && reduction.Folds.All(fold => _carriedLoops.TryGetValue(fold, out var carried)
            && PickedLoopsOf(fold) is { Count: > 0 } picked && !picked.Overlaps(carried.ByAny));

    /// <summary>
    /// True when <paramref name="extra"/> (what a shift folds beyond the sum of a union of groups) is only the rest of
    /// the gathered buffer: its strides and the elements no list names. A sum over every group is one softmax over
    /// their union, and the whole buffer's maximum is an upper bound of it like the maximum of a single index list
    /// no loop picks (IndexWalks.cs): the union is normalised as one vector, whichever elements it covers.
    /// </summary>
    private static bool IsRestOfGatheredBuffer(IEnumerable<DimensionAtom> extra, HashSet<DimensionAtom> sum) =>
        sum.Count > 0 && sum.All(atom => atom.IsGather)
        && extra.All(atom => atom.IsWhole || atom.IsGather || atom.Key.StartsWith("s:", System.StringComparison.Ordinal));

    /// <summary>
    /// The elements no list names of the buffers the division reads through a group's index list (<c>e[c] / s</c> for
    /// <c>foreach (int c in kv.Value)</c>, review45 G17): exps taken over the whole array once and normalised per group
    /// make each group a slice, which holds out the rest of the buffer like a gathered exp does (FixedCoordinates.cs),
    /// so the whole array's maximum is judged against the group's sum.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> UngatheredAtDivision(IOperation division)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var node in division.DescendantsAndSelf())
        {
            if (!IsElementAccess(node) || UngatheredOf(node) is not { } ungathered)
            {
                continue;
            }

            // e[c] of e[i] = exp(x[i] - m): x's whole is e's, so x's ungathered rest is held out as well.
            var whole = Classes.Find(DimensionAtom.Whole(ungathered.Root));
            foreach (var aligned in Classes.Known.Where(atom => atom.IsWhole && Classes.Find(atom).Equals(whole)).ToList())
            {
                atoms = atoms.Add(new DimensionAtom(aligned.Root, DimensionAtom.UngatheredKey));
            }

            atoms = atoms.Add(ungathered);
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        return atoms;
    }
}
