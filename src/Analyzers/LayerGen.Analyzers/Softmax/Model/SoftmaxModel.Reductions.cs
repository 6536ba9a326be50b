using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Max and sum reductions: what they fold, over which loops they accumulate, where they are reset.</summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxAliasDepth = 4;
    private int _aliasDepth;

    /// <summary>
    /// The max or sum <paramref name="reference"/> reads, as seen from <paramref name="use"/>: a variable
    /// (<c>m</c>), an element of a per-slice array (<c>rowMax[i]</c>), or an inline call (<c>x[i].Max()</c>).
    /// </summary>
    public Reduction? ReductionAt(IOperation? reference, IOperation use)
    {
        reference = Unwrap(reference);
        if (reference is null || _aliasDepth > MaxAliasDepth)
        {
            return null;
        }

        if (_storedReciprocalUses.TryGetValue(reference, out var store))
        {
            // u[i] = a[i] / s stored per slice: the sum is read where it was stored (StoredReciprocals.cs).
            use = store;
        }

        if (_helperLocalMaxima.TryGetValue(reference, out var helperMax))
        {
            // A max a helper folds and subtracts in its own exps, as translated at the call.
            return helperMax.Max;
        }

        _aliasDepth++;
        try
        {
            switch (reference)
            {
                case IConditionalAccessOperation or ICoalesceOperation when ConditionalMemberRead(reference) is { } member:
                    // norm?.Sum ?? 1f: the sum kept in the holder's member (NullConditionals.cs).
                    return ReductionAt(member, use);
                case { } lane when LaneReduction(lane, use) is { } lanes:
                    return lanes;
                case IPropertyReferenceOperation { Property.IsIndexer: true } or IInvocationOperation or ILocalReferenceOperation when KeyedMappedReduction(reference) is { } keyed:
                    // peaks[kv.Key] of peaks = d.ToDictionary(kv => kv.Key, kv => kv.Value.Max()): that key's own fold (KeyedMappedFolds.cs).
                    return keyed;
                case ILocalReferenceOperation alias when AliasedElementRead(reference) is { } aliased:
                    return ReductionAt(aliased, use)?.Named(alias.Local.Name);
                case IInvocationOperation or IImplicitIndexerReferenceOperation when ListedElementRoot(reference) is { } listed:
                    // sums.Last(), sums.ElementAt(k), sums[^1]: an appended element (ListedElements.cs).
                    return TargetReduction(listed, elementTarget: true, use, null, reference);
                case IInvocationOperation invocation when LocalFoldAt(invocation, use) is { } local:
                    return local;
                case IFieldReferenceOperation or IPropertyReferenceOperation when KeyedExtremumOfMember(reference) is { } extremum && WholeReduction(extremum) is { } keyed:
                    // winner.Score of winner = x.MaxBy(c => c.Score): the fold made where the call is (KeyedExtremums.cs).
                    return new Reduction(keyed.Kind, reference.Syntax.ToString(), keyed.Atoms, keyed.FoldsOr(extremum), keyed.Elements, false, keyed.StaleAtoms, isInline: false);
                case IInvocationOperation or IPropertyReferenceOperation when ReadReduction(reference) is { } whole:
                    return new Reduction(whole.Kind, reference.Syntax.ToString(), whole.Atoms, whole.FoldsOr(reference), whole.Elements, false, whole.StaleAtoms, isInline: true);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when IsConstantTerm(add.RightOperand):
                    return ReductionAt(add.LeftOperand, use);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when IsConstantTerm(add.LeftOperand):
                    // 1 + Σ exp(y): an implicit reference category (logit 0, exp(0) = 1) is one more constant term.
                    return ReductionAt(add.RightOperand, use);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } offset when OffsetMaximum(offset, use) is { } offsetMax:
                    // pr[m] + ev[m].Max(): the maximum of the shifted values pr[m] + ev[m][d] (OffsetMaxima.cs).
                    return offsetMax;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when ExplicitSumTerms(add) is { } terms:
                    return ExplicitSum(add, terms);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when SumWithExtraTerms(add, use) is { } extended:
                    return extended;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when PartialSumsAt(add, use) is { } partials:
                    // 1 / (s0 + s1): one sum over the union of the partial sums' terms (PartialSumNormalisers.cs).
                    return partials;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when SinceSnapshotSum(difference, use) is { } sinceSnapshot:
                    // total - before, before = total where the slice starts: the slice's own sum (PrefixDifferences.cs).
                    return sinceSnapshot;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when SumWithoutOwnTerm(difference, use) is { } without:
                    return without;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Multiply } scaled when ScaledSumAt(scaled, use) is { } scaledSum:
                    // total / n, 0.5 * total: the same normaliser, scaled (ScaledSums.cs).
                    return scaledSum;
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } or ILocalReferenceOperation
                    when ElementwiseAggregate(reference) is { } aggregated:
                    // peaks = rows.Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray()): a fold over the rows per position (ElementwiseAggregates.cs).
                    return aggregated;
                case IParameterReferenceOperation paired when ZippedElementReduction(paired) is { } zipped:
                    // x[i].Zip(peaks, (s, m) => Math.Exp(s - m)): m is peaks' element at s's index (ZippedElements.cs).
                    return zipped;
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } when MappedReduction(reference) is { } mapped:
                    return mapped;
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
                case { Kind: OperationKind.None } or IInvocationOperation when PointerElement(reference) is not null:
                case IInvocationOperation when RefAccessorElement(reference) is not null:
                case IInvocationOperation when DataRowCellParts(reference) is not null:
                    return RootOf(reference) is { } root ? TargetReduction(root, elementTarget: true, use, SlotOf(reference), reference) : null;
                // colSum after TensorPrimitives.Add(colSum, row, colSum) in a loop: an element-wise fold (ElementwiseFolds.cs).
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation when ElementwiseFold(reference) is { } elementwise:
                    return elementwise;
                case ILocalReferenceOperation { Local: var temporary } when RunningMaxStep(temporary) is { } running:
                    // float mNew = MathF.Max(m, x); … m = mNew: mNew is m just after this step's fold, read anywhere in
                    // the step (before the copy-back too), so as a read after that write (RunningMaxTemporaries.cs).
                    return TargetReduction(running.Max, elementTarget: false, use, afterWrite: running.CopyBack);
                case IFieldReferenceOperation or IPropertyReferenceOperation when ElementMemberSlot(reference) is { } memberSlot:
                    // stats[b].Max: the member of one element, keyed by the element's indices (ElementMemberSlots.cs).
                    return TargetReduction(VariableOf(reference)!, elementTarget: false, use, memberSlot);
                default:
                    return VariableOf(reference) is { } symbol ? TargetReduction(symbol, elementTarget: false, use) : null;
            }
        }
        finally
        {
            _aliasDepth--;
        }
    }

    /// <summary>Keyed by the target too: one tuple deconstruction writes several accumulators, each reset on its own.</summary>
    private readonly Dictionary<(ISymbol Target, IOperation Write, IOperation Loop), bool> _carriesCache = new(CarriesKeyComparer.Instance);

    /// <summary>True when some write folds values into <paramref name="symbol"/>.</summary>
    private bool IsAccumulator(ISymbol symbol)
    {
        if (!_accumulatorCache.TryGetValue(symbol, out var known))
        {
            _accumulatorCache[symbol] = false;
            known = WritesOf(symbol).Any(write => Accumulation(symbol, write.Operation, write.Value) is not null) || HoldsLocalFold(symbol);
            _accumulatorCache[symbol] = known;
        }

        return known;
    }

    private readonly Dictionary<ISymbol, bool> _accumulatorCache = new(SymbolEqualityComparer.Default);

    /// <summary>The fold of a variable or buffer; for an element read at constant indices (<c>stats[0]</c>, <paramref name="slot"/>) only that slot's writes fold or reset it.</summary>
    /// <remarks>
    /// What the writes are (folds, resets, whole definitions) does not depend on the use: it is scanned once per target
    /// (<see cref="ScanReduction"/>); only the parts read as seen from the use (local folds, vector lanes, which loops
    /// hold the use) are worked out per call. A method of many softmaxes sharing one accumulator asks once per site.
    /// <c>afterWrite</c> names a fold of the target the read sees as already made in this step (a per-step temporary
    /// copied back after the read, <see cref="RunningMaxStep"/>); null judges by the source order alone.
    /// </remarks>
    private Reduction? TargetReduction(ISymbol target, bool elementTarget, IOperation use, string? slot = null, IOperation? read = null, IOperation? afterWrite = null)
    {
        // sums[^1] read for every row where sums[r] = s was stored per row: one row's sum, read here (FixedSumSlots.cs).
        var fixedSlot = elementTarget && read is not null && ReadsOneStoredSumForEverySlice(target, read);
        var scan = ScanReduction(target, elementTarget, fixedSlot ? null : slot);
        var signature = UseSignature(scan, use, afterWrite);
        if (fixedSlot && signature is not null)
        {
            signature += "|fixed";
        }

        // An element read that some folds no longer reach (the element was replaced since, OverwrittenFolds.cs) reads
        // only the others: which ones is part of what the read sees.
        var reaching = elementTarget && read is not null ? ReachingAccumulations(scan, target, read) : null;
        if (reaching is not null && signature is not null)
        {
            signature += "|" + new string(reaching.Select(reaches => reaches ? '1' : '0').ToArray());
        }

        if (signature is not null && scan.Results.TryGetValue(signature, out var seen))
        {
            // A fresh copy: a shift is recorded per reduction read (MinimumShifts.cs), so two reads share no instance.
            return seen?.Named(seen.Name);
        }

        var scope = _cycles.Begin();
        Evaluations++;
        var reduction = ReductionSeenFrom(scan, elementTarget, use, reaching, fixedSlot, afterWrite);
        if (_cycles.End(scope) && signature is not null)
        {
            scan.Results[signature] = reduction;
        }

        return reduction;
    }

    /// <summary>The fold of a scanned target as read at <paramref name="use"/>.</summary>
    private Reduction? ReductionSeenFrom(ReductionScan scan, bool elementTarget, IOperation use, bool[]? reaching = null, bool fixedSlot = false, IOperation? afterWrite = null)
    {
        var target = scan.Target;
        var writes = scan.Writes;
        var accumulations = reaching is null ? scan.Accumulations : scan.Accumulations.Where((_, index) => reaching[index]).ToList();
        var resets = scan.Resets;
        var wholeDefinitions = new List<(IOperation Write, IOperation Call, WholeReductionInfo Info)>();
        var localFolds = new List<Reduction>();
        foreach (var definition in scan.Definitions)
        {
            if (!definition.IsPerUse)
            {
                if (definition.Whole is { } known)
                {
                    wholeDefinitions.Add(known);
                }

                continue;
            }

            var (write, value) = (definition.Write, definition.Value);
            if (Unwrap(value) is IInvocationOperation local && LocalFoldAt(local, use) is { } localFold)
            {
                // float m = RowMax(): the fold the local function returns, as if written here.
                localFolds.Add(localFold);
            }
            else if (LanesReadIn(value, use) is { } lanes)
            {
                // float max = vmax.GetElement(0): what the vector folded.
                localFolds.Add(lanes.AsLaneRead());
            }
            else if (WholeDefinition(write, value) is { } whole)
            {
                wholeDefinitions.Add(whole);
            }
        }

        wholeDefinitions.AddRange(scan.FieldDefinitions);
        if (accumulations.Count == 0 && wholeDefinitions.Count == 0 && localFolds.Count == 0)
        {
            // An alias: float m = rowMax[i]; float s = total;
            if (!elementTarget)
            {
                // stats[b].Max = m, once, in the loop that folded m: each element keeps its slice's fold, read where it is
                // copied, as maxes[b] = m below (ElementMemberSlots.cs; only such a scan has an element as written reference).
                var keyedCopy = writes.Count == 1 && writes[0].Target is { } written && IsElementAccess(written) && EnclosingLoop(writes[0].Operation) is not null;
                return writes.Count == 1 && writes[0].Value is { } alias && !Contains(alias, use) ? ReductionAt(alias, keyedCopy ? writes[0].Operation : use) : null;
            }

            // maxes[y * axis + c] = maxV, once, in the loop that folded the local: the array keeps each slice's fold,
            // so the fold is read where it is copied (not where the array is read). So does peak[m] = pr[m] + ev[m].Max()
            // (a maximum plus an offset, OffsetMaxima.cs).
            return writes.Count == 1 && writes[0].Value is { } copy && (VariableOf(Unwrap(copy)) is ILocalSymbol || IsOffsetForm(copy))
                && EnclosingLoop(writes[0].Operation) is not null && !Contains(copy, use)
                ? ReductionAt(copy, fixedSlot ? use : writes[0].Operation)
                : null;
        }

        var kinds = accumulations.Select(a => a.Kind).Concat(wholeDefinitions.Select(w => w.Info.Kind)).Concat(localFolds.Select(fold => fold.Kind)).Distinct().ToList();
        if (kinds.Count != 1)
        {
            return null;
        }

        var parts = new List<Reduction>();
        for (var index = 0; index < scan.Accumulations.Count; index++)
        {
            if (reaching is null || reaching[index])
            {
                // next folded over row 0 before the row loop that reads it, then reset and refolded ahead (FirstPassFolds.cs).
                var fold = FoldAt(scan, index, kinds[0], resets);
                var accumulation = scan.Accumulations[index];
                var firstPassOnly = fold.IsPinned && ReadOnFirstPassOnly(accumulation.Write, accumulation.Value, use, resets, scan.Accumulations.Select(other => other.Write));
                parts.Add(fold.SeenFrom(use, afterWrite, firstPassOnly));
            }
        }

        foreach (var definition in wholeDefinitions)
        {
            var stale = definition.Info.StaleAtoms;
            // peaks[0] read for every row where peaks[r] = x[r].Max(): one row's fold, stale in the others (FixedSumSlots.cs).
            var keyLoops = elementTarget && !fixedSlot ? DefinitionKeyLoops(scan, definition.Write) : new HashSet<IOperation>();
            foreach (var loop in EnclosingLoops(definition.Write))
            {
                // A slot keyed by the loop keeps each iteration's fold (KeyedDefinitions.cs): not stale after it.
                if (!Contains(loop, use) && !keyLoops.Contains(loop) && definition.Info.FixedDims.TryGetValue(loop, out var atoms))
                {
                    stale = stale.Union(atoms);
                }
            }

            // double next = x[0].Max() before the row loop that reads it on the first pass only (FirstPassFolds.cs).
            stale = stale.Except(FirstPassPins(definition.Write, definition.Call, use, resets, scan.Resets));
            var whole = new Reduction(kinds[0], target.Name, definition.Info.Atoms, definition.Info.FoldsOr(definition.Call), definition.Info.Elements, false, stale, isInline: false, definition.Info.Extents);
            parts.Add(accumulations.Count > 0 ? whole.AsSeed() : whole);
        }

        parts.AddRange(localFolds);
        if (kinds[0] == ReductionKind.Max && accumulations.Count > 0)
        {
            // float m = x[0]; then a fold over row r: a seed from another slice (ForeignSeeds.cs).
            parts.AddRange(ForeignSeeds(target, scan, accumulations));

            // Math.Max(peak, Math.Max(z[r, c], z[r2, c])): folds reading two rows span the rows (NeighbourSlices.cs).
            parts.AddRange(NeighbourSliceReads(target, ReductionKind.Max, accumulations, resets));
        }
        else if (kinds[0] == ReductionKind.Sum && accumulations.Count > 0)
        {
            // total += p[r, c] + p[r + 1, c]: the sum of a joint softmax over a pair of rows spans them as its peak does.
            parts.AddRange(NeighbourSliceReads(target, ReductionKind.Sum, accumulations, resets));
        }

        var readsLanes = parts.Any(part => part.ReadsLanes);
        var combined = Reduction.Combine(parts, widestFoldsOnly: readsLanes);
        return readsLanes ? WithLaneWalkFolds(combined, parts) : combined;
    }

    /// <summary>
    /// What one fold of <paramref name="target"/> folds, without the use: the loops it carries across and the atoms they
    /// fold (<see cref="Fold.SeenFrom"/> adds what depends on where it is read).
    /// </summary>
    private Fold AccumulationFold(
        ISymbol target, ReductionKind kind, IOperation write, IOperation value, IOperation reported, IOperation? elementReference, List<IOperation> resets)
    {
        var facts = Eval(value);
        var nestedWhole = ReadReduction(value);
        if (nestedWhole is not null)
        {
            // m = Max(m, r.Max()) in foreach (var r in rows): the loops that picked the folded row count where m carries.
            facts = facts.With(dims: ValueFacts.MergeDims(facts.Dims, nestedWhole.FixedDims));

            // total += p.Sum() with p allocated afresh per row: the row loop picks the data p is filled from.
            facts = facts.With(dims: ValueFacts.MergeDims(facts.Dims, FreshReceiverPicks(value, write)));
        }

        var nestedFold = NestedFold(target, kind, value);
        if (nestedFold is { } fold)
        {
            // shared = Max(shared, rowMax): the loops the row max's elements vary over count where shared carries.
            facts = facts.With(dims: ValueFacts.MergeDims(facts.Dims, fold.Dims));
        }

        // peak[k] = Max(peak[k], acc) after z[k * n + s] = acc: the accumulator is the element it was stored into.
        facts = facts.With(dims: ValueFacts.MergeDims(facts.Dims, StoredAccumulatorDims(value, write)));

        var keyed = elementReference is null ? new HashSet<IOperation>() : new HashSet<IOperation>(ElementDims(elementReference).Keys);
        var flatKeys = FlatKeys(elementReference);
        keyed.ExceptWith(flatKeys.Keys);
        foreach (var flatKey in flatKeys.Values)
        {
            // max[k / n] over k = t * n …: t picks other rows, so the slot is keyed by t as well.
            keyed.UnionWith(flatKey.SlotLoops);
        }

        var segmentKeys = SegmentKeys(elementReference, flatKeys);
        keyed.ExceptWith(segmentKeys.Keys);
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var extents = ImmutableDictionary<DimensionAtom, string>.Empty;
        var unbounded = new HashSet<DimensionAtom>();
        var loops = new List<FoldLoop>();
        IOperation? inner = null;
        foreach (var loop in EnclosingLoops(write))
        {
            var carried = !keyed.Contains(loop) && CachedCarries(target, write, loop, inner, resets);
            ImmutableHashSet<DimensionAtom>? staleAtoms = null;
            string? windowExtent = null;
            var windowed = false;
            IOperation? windowEnd = null;
            var windowEndSkips = false;
            System.Func<IOperation, bool>? readsFinished = null;
            if (facts.Dims.TryGetValue(loop, out var loopAtoms))
            {
                if (flatKeys.TryGetValue(loop, out var flatKey))
                {
                    // rowMax[i / cols] folds x[i] over the row only: the key's axis is neither folded nor stale, and the
                    // fold walks as far as one row (cols), not the whole walk.
                    loopAtoms = WithinKey(loopAtoms, flatKey);
                    windowed = flatKey.IsQuotient;
                    windowExtent = windowed ? ExtentText(flatKey.DivisorOperand, 0) : null;
                }
                else if (segmentKeys.TryGetValue(loop, out var segmentKey))
                {
                    // sum[destination[e]] += w folds w over one destination's edges: within the segment only.
                    loopAtoms = loopAtoms.Select(atom => Classes.Segment(atom, segmentKey)).ToImmutableHashSet();
                }
                else if (carried && ResetWindow(write, loop, resets) is { } window)
                {
                    // m reset when (i + 1) % cols == 0 folds x[i] over one row of the walk (SliceEndResets.cs).
                    loopAtoms = WithinWindow(loopAtoms, window.Period);
                    windowed = true;
                    windowExtent = ExtentText(window.Size, 0);
                    windowEnd = window.End;
                    windowEndSkips = window.EndSkips;
                }

                if (carried && !windowed)
                {
                    // A one-loop state machine steps rows and columns alike; a row step that always meets a reset is not folded (StateMachines.cs).
                    (loopAtoms, var states) = StateMachineSliceAtoms(write, loop, value, loopAtoms, resets);
                    if (states is not null)
                    {
                        var machineLoop = loop;
                        readsFinished = use => ReadsFinishedFold(use, write, machineLoop, resets, states);
                    }
                }

                if (carried)
                {
                    atoms = atoms.Union(loopAtoms);
                    // A keyed or reset fold walks one slice of the loop: its extent is the slice's, when certain.
                    var extent = windowed ? windowExtent : LoopExtent(loop);
                    foreach (var atom in loopAtoms)
                    {
                        if (extent is null || (extents.TryGetValue(atom, out var other) && other != extent))
                        {
                            unbounded.Add(atom);
                        }
                        else
                        {
                            extents = extents.SetItem(atom, extent);
                        }
                    }
                }
                else if (!keyed.Contains(loop))
                {
                    // Stale where the use is outside this loop (a slice's fold read after the slice moved on).
                    staleAtoms = loopAtoms;
                }
            }

            var scanLoop = carried && IsScanLoop(target, kind, write, loop, nested: nestedWhole is not null || nestedFold is not null || FoldsWrittenOutSum(target, kind, write));
            loops.Add(new FoldLoop(loop, carried, staleAtoms, scanLoop, windowEnd, windowEndSkips, readsFinished));
            inner = loop;
        }

        if (nestedWhole is { } nested)
        {
            atoms = atoms.Union(nested.Atoms);
            unbounded.UnionWith(nested.Atoms);
        }

        if (nestedFold is { } folded)
        {
            atoms = atoms.Union(folded.Inner.Atoms);
            foreach (var atom in folded.Inner.Atoms)
            {
                if (folded.Inner.Extents.TryGetValue(atom, out var extent) && !unbounded.Contains(atom) && (!extents.TryGetValue(atom, out var other) || other == extent))
                {
                    extents = extents.SetItem(atom, extent);
                }
                else
                {
                    unbounded.Add(atom);
                }
            }
        }

        // z += p[n, 0] + p[n, 1] + p[n, 2]: the written-out slots fold their unrolled axis too (UnrolledSums.cs); so does
        // g = Math.Max(g, Math.Max(u[n, 0], u[n, 1])) when the slots store exp(u[n, c] - g) (UnrolledMaxima.cs).
        var unrolled = kind == ReductionKind.Sum ? UnrolledSumAxes(value) : kind == ReductionKind.Max ? UnrolledPeakAxes(target, value) : ImmutableHashSet<DimensionAtom>.Empty;
        atoms = atoms.Union(unrolled);
        unbounded.UnionWith(unrolled);

        // m = Max(m, x[0, j]): a dimension pinned by a constant index is one slice's value, whatever reads it.
        var pinned = PinnedAtoms(value);

        // _total += e in a field never reset on the way in: it still holds earlier calls' folds, so it is read while
        // accumulating over the calls, like a sum never reset per row is read while accumulating over the rows.
        var acrossCalls = IsCarriedAcrossCalls(write, resets);

        // s += row.Sum(): a fold of folds of one kind folds their elements (a sum of the rows' exps).
        var elements = nestedWhole is { } whole && whole.Kind == kind ? facts.WithoutDims().Merge(whole.Elements) : facts.WithoutDims();
        var reduction = new Reduction(kind, target.Name, atoms, ImmutableArray.Create(reported), elements, acrossCalls, ImmutableHashSet<DimensionAtom>.Empty, isInline: false, extents.RemoveRange(unbounded));
        RecordCarriedLoops(reported, loops);
        return new Fold(write, reduction, loops, pinned, LanesReadIn(value, write));
    }

    /// <summary>
    /// True when <paramref name="write"/> folds into a field or property of this object or a static one (state that
    /// outlives the call) whose value can carry from one call to the next without a reset (<see cref="FlowIndex.CarriesAcrossMethodCalls"/>).
    /// </summary>
    private bool IsCarriedAcrossCalls(IOperation write, List<IOperation> resets) =>
        write is IAssignmentOperation { Target: var target }
        && Unwrap(target) is IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } or IPropertyReferenceOperation { Property.IsIndexer: false, Instance: null or IInstanceReferenceOperation }
        && !Flow.IsEmpty && Flow.CarriesAcrossMethodCalls(write, resets);

    /// <summary>Dimensions an element read fixes with a fixed index (<c>x[0, j]</c>, <c>x[0][j]</c>, <c>x[r][j]</c> with <c>r</c> an unwritten parameter).</summary>
    private ImmutableHashSet<DimensionAtom> PinnedAtoms(IOperation? value)
    {
        var pinned = ImmutableHashSet<DimensionAtom>.Empty;
        switch (Unwrap(value))
        {
            case IArrayElementReferenceOperation { Indices.Length: > 1 } rectangular when EvalView(rectangular.ArrayReference) is { Root: { } root, Layout: BufferLayout.Rectangular }:
                for (var position = 0; position < rectangular.Indices.Length; position++)
                {
                    if (IsFixedRowIndex(rectangular.Indices[position]))
                    {
                        pinned = pinned.Add(DimensionAtom.Rank(root, position));
                    }
                }

                break;
            case IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: var row }:
                // x[0][j], logits[j][c] of rows built by LINQ, rows[0][c] of a list (FixedRows.cs).
                pinned = FixedRowAtoms(row);
                break;
        }

        return pinned;
    }

    private bool CachedCarries(ISymbol target, IOperation write, IOperation loop, IOperation? inner, List<IOperation> resets)
    {
        if (!_carriesCache.TryGetValue((target, write, loop), out var carried))
        {
            carried = Carries(target, write, loop, inner, resets);
            _carriesCache[(target, write, loop)] = carried;
        }

        return carried;
    }

    /// <summary>True when a value folded at <paramref name="write"/> survives into the next iteration of <paramref name="loop"/>.</summary>
    private bool Carries(ISymbol target, IOperation write, IOperation loop, IOperation? inner, List<IOperation> resets)
    {
        // A local declared in the loop's body is a new variable every iteration (also when a lambda in the loop writes it).
        var body = loop switch
        {
            ILoopOperation statement => statement.Body,
            IAnonymousFunctionOperation function => function.Body,
            _ => null,
        };
        if (target is ILocalSymbol declared && body is not null
            && declared.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == body.Syntax.SyntaxTree && body.Syntax.Span.Contains(reference.Span)))
        {
            // Unless it starts as a copy of a variable it is copied back into (SeededCarries.cs).
            return ContinuesCarriedSeed(declared, loop, body);
        }

        if (OwningFunction(write, loop) is ILocalFunctionOperation)
        {
            // A local function in the loop's body (called there, as the loops around its declaration say): the value
            // carries to the next iteration unless something in the loop, the function included, resets it.
            return !resets.Any(reset => Contains(loop, reset));
        }

        if (loop is IAnonymousFunctionOperation lambda)
        {
            return Flow.IsEmpty ? !resets.Any(reset => Contains(lambda, reset)) : Flow.CarriesAcrossCalls(write, resets);
        }

        if (ResetOnFirstPass(write, loop, resets))
        {
            // if (start == 0) m = tileMax; on each first tile: restarted for every iteration of the loop around the tiles.
            return false;
        }

        if (Flow.IsEmpty)
        {
            return !resets.Any(reset => Contains(loop, reset));
        }

        return Flow.CarriesAcross(write, loop, inner, resets);
    }

    /// <summary>The statement reported for a fold: the <c>if</c> of <c>if (v &gt; m) m = v;</c>, else the assignment.</summary>
    private static IOperation FoldStatement(IOperation write)
    {
        var parent = write.Parent is IExpressionStatementOperation statement ? statement.Parent : null;
        if (parent is IBlockOperation block)
        {
            parent = block.Parent;
        }

        return parent is IConditionalOperation { Type: null } conditional && Contains(conditional.WhenTrue, write) ? conditional : write;
    }

    /// <summary>
    /// Classifies a write of <paramref name="target"/> as a fold: <c>s += v</c>, <c>s = s + v</c>,
    /// <c>m = Math.Max(m, v)</c>, <c>m = v &gt; m ? v : m</c>, <c>if (v &gt; m) m = v;</c>, a masked fold
    /// (<c>m = mask ? m : Math.Max(m, v)</c>, MaskedFolds.cs), the same as one element of a
    /// tuple deconstruction (<c>(m, s) = (Math.Max(m, v), s + e)</c>), or a fold made in a temporary and copied back
    /// (<c>mNew = Math.Max(m, v); …; m = mNew</c>). <c>Reported</c> is the statement a diagnostic points at.
    /// </summary>
    private (IOperation Write, ReductionKind Kind, IOperation Value, IOperation Reported)? Accumulation(ISymbol target, IOperation write, IOperation? value)
    {
        if (write is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound)
        {
            return (write, ReductionKind.Sum, compound.Value, FoldStatement(write));
        }

        if (write is not (ISimpleAssignmentOperation or IDeconstructionAssignmentOperation) || value is null)
        {
            return null;
        }

        if (FoldOf(target, value) is { } fold)
        {
            return (write, fold.Kind, fold.Value, ExtremumFoldStatement(target, write, fold.Kind));
        }

        if (write is ISimpleAssignmentOperation && target is IPropertySymbol property && SetterFoldKind(property) is { } setterKind)
        {
            // tracker.Highest = v with set { if (value > field) field = value; } (SetterFolds.cs).
            return (write, setterKind, value, FoldStatement(write));
        }

        if (FoldStatement(write) is IConditionalOperation conditional && Compare(conditional.Condition, target) is { } guard)
        {
            // if (v > m) m = …; a minimum only as if (v < m) m = v (the compared value itself is kept).
            if (guard.ValueIsLarger)
            {
                return (write, ReductionKind.Max, guard.Value, conditional);
            }

            if (SameValue(value, guard.Value))
            {
                return (write, ReductionKind.Min, guard.Value, conditional);
            }
        }

        if (GuardedCaseFold(target, write, value) is { } guardedCase)
        {
            // case float v when v > m: m = v; as if (x > m) m = x; (SwitchCaseFolds.cs).
            return (write, guardedCase.Kind, guardedCase.Value, guardedCase.Reported);
        }

        return CopiedFold(target, write, value) is { } copied ? (write, copied.Kind, copied.Value, copied.Definition) : null;
    }

    /// <summary>
    /// What <paramref name="value"/> folds into <paramref name="target"/> by its own shape: <c>s + v</c> (also
    /// <c>s * exp(mOld - mNew) + v</c>, an online softmax's sum rescaled then added to), <c>Math.Max(m, v)</c>,
    /// <c>v &gt; m ? v : m</c>; null for anything else.
    /// </summary>
    private (ReductionKind Kind, IOperation Value)? FoldOf(ISymbol target, IOperation value)
    {
        switch (Unwrap(value))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                if (IsInterpolation(target, add))
                {
                    // ema = a * ema + (1 - a) * v: a moving average mixing by an exp, not a sum of exps (Interpolations.cs).
                    return null;
                }

                if (ReadsTarget(add.LeftOperand, target) || IsRescaled(add.LeftOperand, target))
                {
                    return (ReductionKind.Sum, add.RightOperand);
                }

                if (ReadsTarget(add.RightOperand, target) || IsRescaled(add.RightOperand, target))
                {
                    return (ReductionKind.Sum, add.LeftOperand);
                }

                // s = s + e0 + e1, parsed ((s + e0) + e1): the target heads a chain of additions. The last term stands for
                // the added ones (they vary with the same loops when they are one slice's written-out sum, SliceSteps.cs).
                return HeadsAdditionChain(add.LeftOperand, target) ? (ReductionKind.Sum, add.RightOperand) : null;
            case IInvocationOperation { Arguments.Length: 2 } call when IsVectorAdd(call.TargetMethod):
                if (ReadsTarget(call.Arguments[0].Value, target))
                {
                    return (ReductionKind.Sum, call.Arguments[1].Value);
                }

                return ReadsTarget(call.Arguments[1].Value, target) ? (ReductionKind.Sum, call.Arguments[0].Value) : null;
            case IInvocationOperation { Arguments.Length: 2 } call when IsVectorMax(call.TargetMethod):
                if (ReadsTarget(call.Arguments[0].Value, target))
                {
                    return (ReductionKind.Max, call.Arguments[1].Value);
                }

                return ReadsTarget(call.Arguments[1].Value, target) ? (ReductionKind.Max, call.Arguments[0].Value) : null;
            case IInvocationOperation call when CarriedSeedFold(target, call) is { } carried:
                // total = row.Aggregate(total, (a, v) => a + e(v)): total += row.Sum(e) (CarriedAggregateSeeds.cs).
                return carried;
            case IInvocationOperation or IFunctionPointerInvocationOperation:
                // m = Math.Max(m, v), also through a delegate or function pointer of one known value, or a user combiner
                // (Larger(m, v), Plus(s, v)): Combiners.cs.
                return CombinerFold(target, Unwrap(value)!);
            case IConditionalOperation ternary when FoldOrFirstValue(target, ternary) is { } keyed:
                return keyed;
            case IConditionalOperation ternary when MaskedFold(target, ternary) is { } masked:
                return masked;
            case IConditionalOperation { WhenFalse: { } whenFalse } ternary when Compare(ternary.Condition, target) is { } comparison:
                var keepsLarger = comparison.ValueIsLarger ? ReadsTarget(whenFalse, target) : ReadsTarget(ternary.WhenTrue, target);
                if (keepsLarger)
                {
                    return (ReductionKind.Max, comparison.Value);
                }

                // v < m ? v : m keeps the smaller.
                var (kept, other) = comparison.ValueIsLarger ? (whenFalse, ternary.WhenTrue) : (ternary.WhenTrue, whenFalse);
                return ReadsTarget(other, target) && SameValue(kept, comparison.Value) ? (ReductionKind.Min, comparison.Value) : null;
            case ISwitchExpressionOperation choice:
                // m = v switch { var x when x > m => x, _ => m }: the ternary above (SwitchFolds.cs).
                return SwitchFold(target, choice);
            default:
                return null;
        }
    }

    private bool ReadsTarget(IOperation? operation, ISymbol target) =>
        References(operation, target) || (IsElementAccess(Unwrap(operation)!) && SymbolEqualityComparer.Default.Equals(RootOf(operation!), target))
        || (AliasedElementRead(operation) is { } aliased && SymbolEqualityComparer.Default.Equals(RootOf(aliased), target))
        || IsKeyedLookupOf(operation, target);

    /// <summary>Splits <c>v &gt; m</c> / <c>m &lt; v</c> into v and whether the condition says v is the larger.</summary>
    private (IOperation Value, bool ValueIsLarger)? Compare(IOperation? condition, ISymbol target)
    {
        if (Unwrap(condition) is not IBinaryOperation binary)
        {
            return null;
        }

        if (binary.OperatorKind == BinaryOperatorKind.ConditionalAnd)
        {
            // if (j != i && v < m) m = v: the comparison still guards the fold (over the elements the rest admits).
            return Compare(binary.LeftOperand, target) ?? Compare(binary.RightOperand, target);
        }

        if (binary.OperatorKind == BinaryOperatorKind.ConditionalOr)
        {
            // if (!d.TryGetValue(k, out m) || v > m) d[k] = v: a keyed maximum starting at the key's first value.
            // if (!haveMax || v > m) { m = v; haveMax = true; }: a maximum seeded by a flag (SeedFlags.cs).
            return CompareWhenPresent(binary, target) ?? CompareWhenSeeded(binary, target);
        }

        var greater = binary.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        var less = binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
        if (!greater && !less)
        {
            return null;
        }

        // cmp(v, m) > 0, v.CompareTo(m) > 0, comparer.Compare(v, m) > 0: the comparison v > m (ComparisonFolds.cs).
        var (left, right) = (binary.LeftOperand, binary.RightOperand);
        if (ComparedBySign(binary) is { } compared)
        {
            (left, right, greater) = compared;
            less = !greater;
        }

        if (ReadsTarget(right, target))
        {
            return (left, greater);
        }

        if (ReadsTarget(left, target))
        {
            return (right, less);
        }

        // v.Value > m.Value: a value of a user numeric type compared by the one member it wraps (MemberComparisons.cs).
        return ComparedByMember(left, right, target) is { } byMember ? (byMember.Value, byMember.ValueIsLeft ? greater : less) : null;
    }

    /// <summary>Symbols by <see cref="SymbolEqualityComparer.Default"/>, operations by reference.</summary>
    private sealed class CarriesKeyComparer : IEqualityComparer<(ISymbol Target, IOperation Write, IOperation Loop)>
    {
        public static readonly CarriesKeyComparer Instance = new();

        public bool Equals((ISymbol Target, IOperation Write, IOperation Loop) x, (ISymbol Target, IOperation Write, IOperation Loop) y) =>
            SymbolEqualityComparer.Default.Equals(x.Target, y.Target) && x.Write == y.Write && x.Loop == y.Loop;

        public int GetHashCode((ISymbol Target, IOperation Write, IOperation Loop) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Target) * 397) ^ (key.Write.GetHashCode() * 31) ^ key.Loop.GetHashCode();
    }
}
