using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The use-independent half of <see cref="TargetReduction"/>, memoised: which writes of a variable or buffer fold it,
/// which reset it, which define it whole, and for every fold the loops it carries across. Only where the use sits
/// (inside which of those loops) and what a local fold or a vector's lanes read from there are worked out per use.
/// </summary>
/// <remarks>
/// Without it, every site re-read every write of a shared accumulator and every call of the method: a method of n
/// softmaxes reusing <c>m</c> and <c>s</c> did n² fold analyses (and each fold's nested reads again). The memo is
/// exact: a scan is keyed by what it reads (target, element or variable, slot, and the alias depth, which cuts nested
/// reads) and held while the state it reads is unchanged (SoftmaxModel.Memos.cs); a scan that cut a cycle through an evaluation in progress before it began
/// (whose answer would differ when asked later) is not kept.
/// </remarks>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<(ISymbol Target, bool Element, string? Slot, int Depth), ReductionScan> _reductionScans = new(ScanKeyComparer.Instance);

    /// <summary>The clock of the recursion guards: a memo keeps only results no cut of an outer evaluation reached (<see cref="CycleClock"/>).</summary>
    private readonly CycleClock _cycles = new();

    private ReductionScan ScanReduction(ISymbol target, bool elementTarget, string? slot)
    {
        EnsureMemosCurrent();
        var key = (target, elementTarget, slot, _aliasDepth);
        if (_reductionScans.TryGetValue(key, out var known))
        {
            return known;
        }

        var scope = _cycles.Begin();
        Evaluations++;
        var scan = ComputeScan(target, elementTarget, slot);
        if (_cycles.End(scope))
        {
            _reductionScans[key] = scan;
        }

        return scan;
    }

    private ReductionScan ComputeScan(ISymbol target, bool elementTarget, string? slot)
    {
        var writes = elementTarget
            ? ElementWritesInto(target).Select(write => (write.Operation, write.Value, (IOperation?)write.Target)).ToList()
            : WritesOf(target).Select(write => (write.Operation, write.Value, write.Target)).ToList();
        if (!elementTarget && IsElementMemberSlot(slot))
        {
            // stats[b].Max: only the member's writes through elements of that buffer, each keyed by its element.
            writes = ElementMemberWrites(writes, slot!);
        }

        var slotResets = new List<IOperation>();
        var appends = elementTarget ? AppendedElementWrites(target) : null;
        if (appends is { Count: > 0 })
        {
            // Appends land at the list's next index, not at a slot: every element read sees each of them (ListedElements.cs).
            writes.AddRange(appends);
        }
        else if (elementTarget && slot is not null)
        {
            (writes, slotResets) = SlotWrites(writes, target, slot);
        }
        else if (elementTarget)
        {
            // Array.Fill(m, -inf) at the top of each outer slice resets every element of a keyed max, as a slot's.
            slotResets = WholeBufferResets(target);
        }

        var scan = new ReductionScan(target, writes);
        foreach (var (write, value, elementReference) in writes)
        {
            if (!elementTarget && IsRescale(target, write, value))
            {
                continue;
            }

            // A scalar folded outside any loop (la = la + c * r, once) sums nothing over a slice: a plain write.
            if (Accumulation(target, write, value) is { } accumulation && (elementTarget || EnclosingLoop(write) is not null || IsInNestedFunction(write, _root)))
            {
                scan.Accumulations.Add((accumulation.Write, accumulation.Kind, accumulation.Value, accumulation.Reported, elementReference));
                continue;
            }

            scan.Resets.Add(write);

            // A local fold or a vector's lanes are read as seen from the use; anything else defines the target whole or not at all.
            scan.Definitions.Add(MayReadFromUse(value)
                ? new ReductionDefinition(write, value, isPerUse: true, null)
                : new ReductionDefinition(write, value, isPerUse: false, WholeDefinition(write, value)));
        }

        if (elementTarget && slot is null && appends is not { Count: > 0 } && scan.Accumulations.Count > 0)
        {
            // buf[r][i] = e for i < n beside a fold into buf[r][n]: the write misses the fold's spare slot (SpareSlots.cs).
            var missing = WritesMissingEveryFold(writes, scan.Accumulations.Select(fold => (fold.Write, fold.Target)).ToList());
            scan.Resets.RemoveAll(missing.Contains);
            scan.Definitions.RemoveAll(definition => missing.Contains(definition.Write));
        }

        if (!elementTarget)
        {
            scan.Resets.AddRange(ConditionalHolderResets(scan.Resets));
            scan.Resets.AddRange(RescaleClears(target));
        }

        scan.Resets.AddRange(slotResets);

        // haveMax = false: clearing a maximum's seed flag restarts the maximum (SeedFlags.cs).
        scan.Resets.AddRange(SeedFlagResets(scan));
        if (elementTarget && slot is null && appends is not { Count: > 0 } && scan.Accumulations.Count > 0)
        {
            // for (r = 0; r < inner; r++) m[r] = -inf; resets every element the folds key, however often it runs (CoveringResetLoops.cs).
            scan.Resets.AddRange(CoveringLoopResets(target, scan.Resets.ToList(), scan.Accumulations.Select(fold => (fold.Write, fold.Target)).ToList()));

            // s = new float[inner]; at the top of each slice: the folds start in a fresh buffer.
            scan.Resets.AddRange(ReallocationResets(target));
        }

        // Reset(): a local function that resets a captured accumulator resets it where it is called.
        foreach (var call in Invocations())
        {
            if (IsLocalHelper(CalleeOf(call)) && LocalHelperBody(CalleeOf(call)) is { } function
                && scan.Resets.Any(reset => Contains(function, reset)) && !scan.Accumulations.Any(accumulation => Contains(function, accumulation.Write)))
            {
                scan.Resets.Add(call);
            }
        }

        if (!elementTarget && target is IFieldSymbol field)
        {
            // FindLargest(batch) stores the max in a field of the type.
            foreach (var call in Invocations())
            {
                if (CalleeFieldMax(call, field) is { } fieldInfo)
                {
                    scan.Resets.Add(call);
                    scan.FieldDefinitions.Add((call, call, fieldInfo));
                }
            }
        }

        // Where a read sits decides only which of these hold it (Fold.SeenFrom, and the loops around a whole definition),
        // unless a definition is read per use or the target is an alias of another fold (then every read is worked out).
        if (!scan.Definitions.Any(definition => definition.IsPerUse)
            && (scan.Accumulations.Count > 0 || scan.FieldDefinitions.Count > 0 || scan.Definitions.Any(definition => definition.Whole is not null)))
        {
            scan.Probes = scan.Accumulations.SelectMany(accumulation => EnclosingLoops(accumulation.Write).Append(accumulation.Write))
                .Concat(scan.Definitions.Where(definition => definition.Whole is not null).Select(definition => definition.Whole!.Value.Write)
                    .Concat(scan.FieldDefinitions.Select(definition => definition.Write)).SelectMany(EnclosingLoops))
                .ToList();
        }

        return scan;
    }

    /// <summary>
    /// Which of the scan's probes (the loops around its folds and definitions, and the folds) hold <paramref name="use"/>,
    /// and which folds it reads after in the source: two reads that agree on both read the same reduction. Null when the
    /// scan must be read per use.
    /// </summary>
    /// <remarks>
    /// The second half matters inside a loop that walks a fold one element per step (<see cref="Fold.SeenFrom"/>): a read
    /// after the step's write is the scan's prefix, a read before it (the fold's own <c>if (v &gt; m)</c>) is partial.
    /// Without it, whichever of the two was asked first answered for both.
    /// </remarks>
    private static string? UseSignature(ReductionScan scan, IOperation use, IOperation? afterWrite = null)
    {
        if (scan.Probes is not { } probes)
        {
            return null;
        }

        var accumulations = scan.Accumulations;
        var signature = new char[probes.Count + accumulations.Count];
        for (var index = 0; index < probes.Count; index++)
        {
            signature[index] = Contains(probes[index], use) ? '1' : '0';
        }

        for (var index = 0; index < accumulations.Count; index++)
        {
            signature[probes.Count + index] = ReadsAfterStep(accumulations[index].Write, use) || IsWrite(accumulations[index].Write, afterWrite) ? '1' : '0';
        }

        return new string(signature);
    }

    /// <summary>
    /// True when what <paramref name="value"/> defines depends on the use: a call of a local function returning a fold
    /// beside it (<see cref="LocalFoldAt"/>) or a read of a vector's lanes (<see cref="LanesReadIn"/>). The same tests
    /// those make before they read anything.
    /// </summary>
    private bool MayReadFromUse(IOperation? value) =>
        Unwrap(value) is IInvocationOperation local && ReturnsBesideCall(local) is not null
        || value is not null && (VectorLaneSource(value) is not null || value.Descendants().Any(operation => VectorLaneSource(operation) is not null));

    /// <summary><c>float m = x.Max()</c>, <c>double shift = logits.Max</c>, <c>BufferMax(x, out float max)</c>: the whole reduction a reset defines; null for anything else.</summary>
    private (IOperation Write, IOperation Call, WholeReductionInfo Info)? WholeDefinition(IOperation write, IOperation? value)
    {
        if (ReadReduction(value) is { } info)
        {
            return (write, Unwrap(value)!, info);
        }

        return write is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation helper } && CalleeOutMax(helper, parameter) is { } outInfo
            ? (write, helper, outInfo)
            : null;
    }

    /// <summary>
    /// The use-independent analysis of the scan's fold number <paramref name="index"/>, memoised in it by position (one
    /// write may fold several values into one target: a whole tuple assigned element by element).
    /// </summary>
    private Fold FoldAt(ReductionScan scan, int index, ReductionKind kind, List<IOperation> resets)
    {
        var accumulation = scan.Accumulations[index];
        if (scan.Folds.TryGetValue(index, out var known) && known.Kind == kind)
        {
            return known.Fold;
        }

        var scope = _cycles.Begin();
        Evaluations++;
        var fold = AccumulationFold(scan.Target, kind, accumulation.Write, accumulation.Value, accumulation.Reported, accumulation.Target, resets);
        if (_cycles.End(scope))
        {
            scan.Folds[index] = (kind, fold);
        }

        return fold;
    }

    /// <summary>What one target's writes are, independent of any use.</summary>
    private sealed class ReductionScan
    {
        public ReductionScan(ISymbol target, List<(IOperation Operation, IOperation? Value, IOperation? Target)> writes)
        {
            Target = target;
            Writes = writes;
        }

        public ISymbol Target { get; }

        /// <summary>Every write considered (a slot's only, for an element read at constant indices).</summary>
        public List<(IOperation Operation, IOperation? Value, IOperation? Target)> Writes { get; }

        public List<(IOperation Write, ReductionKind Kind, IOperation Value, IOperation Reported, IOperation? Target)> Accumulations { get; } = new();

        /// <summary>Every write or call that resets the target (the kills of its folds' carries).</summary>
        public List<IOperation> Resets { get; } = new();

        /// <summary>The resets that are not folds, in source order, each with its whole definition or to be read from the use.</summary>
        public List<ReductionDefinition> Definitions { get; } = new();

        /// <summary>Calls that store a max in the target field.</summary>
        public List<(IOperation Write, IOperation Call, WholeReductionInfo Info)> FieldDefinitions { get; } = new();

        /// <summary>The folds analysed so far, by position in <see cref="Accumulations"/>.</summary>
        public Dictionary<int, (ReductionKind Kind, Fold Fold)> Folds { get; } = new();

        /// <summary>The operations whose containment of a use decides the reduction read there; null when reads are worked out one by one.</summary>
        public List<IOperation>? Probes { get; set; }

        /// <summary>The reductions read so far, by <see cref="UseSignature"/>.</summary>
        public Dictionary<string, Reduction?> Results { get; } = new(System.StringComparer.Ordinal);
    }

    /// <summary>A reset that is not a fold: what it defines is read per use (<see cref="IsPerUse"/>), or is its whole definition (null when none).</summary>
    private sealed class ReductionDefinition
    {
        public ReductionDefinition(IOperation write, IOperation? value, bool isPerUse, (IOperation Write, IOperation Call, WholeReductionInfo Info)? whole)
        {
            Write = write;
            Value = value;
            IsPerUse = isPerUse;
            Whole = whole;
        }

        public IOperation Write { get; }

        public IOperation? Value { get; }

        public (IOperation Write, IOperation Call, WholeReductionInfo Info)? Whole { get; }

        public bool IsPerUse { get; }
    }

    /// <summary>
    /// One loop around a fold: whether the fold carries across it, the atoms it holds stale when the use is outside it,
    /// and whether it walks the fold one element per step (a read after the step's write is a scan step).
    /// </summary>
    private sealed class FoldLoop
    {
        public FoldLoop(
            IOperation loop, bool carried, ImmutableHashSet<DimensionAtom>? staleAtoms, bool isScanLoop, IOperation? windowEnd = null, bool windowEndSkips = false,
            System.Func<IOperation, bool>? readsFinished = null)
        {
            ReadsFinished = readsFinished;
            WindowEndSkips = windowEndSkips;
            Loop = loop;
            Carried = carried;
            StaleAtoms = staleAtoms;
            IsScanLoop = isScanLoop;
            WindowEnd = windowEnd;
        }

        /// <summary>
        /// For a loop whose resets cut the fold into slices (SliceEndResets.cs), the guard that closes each slice after
        /// its last fold: a read inside it sees the whole slice.
        /// </summary>
        public IOperation? WindowEnd { get; }

        /// <summary>
        /// For a fold a state machine makes per slice (StateMachines.cs): true for a use inside the loop that reads the
        /// slice's fold finished (no path back to the fold without a reset); null for any other loop.
        /// </summary>
        public System.Func<IOperation, bool>? ReadsFinished { get; }

        /// <summary>True when <see cref="WindowEnd"/> is <c>if (!boundary) continue;</c>: the rest of the body runs at the slice's end.</summary>
        public bool WindowEndSkips { get; }

        public IOperation Loop { get; }

        public bool Carried { get; }

        public ImmutableHashSet<DimensionAtom>? StaleAtoms { get; }

        public bool IsScanLoop { get; }
    }

    /// <summary>One fold of a target, analysed without a use.</summary>
    private sealed class Fold
    {
        private readonly IOperation _write;
        private readonly Reduction _reduction;
        private readonly List<FoldLoop> _loops;
        private readonly ImmutableHashSet<DimensionAtom> _pinned;
        private readonly Reduction? _lanes;

        public Fold(IOperation write, Reduction reduction, List<FoldLoop> loops, ImmutableHashSet<DimensionAtom> pinned, Reduction? lanes)
        {
            _write = write;
            _reduction = reduction;
            _loops = loops;
            _pinned = pinned;
            _lanes = lanes;
        }

        /// <summary>True when the fold reads an element pinned by a constant index (<c>x[0, j]</c>).</summary>
        public bool IsPinned => !_pinned.IsEmpty;

        /// <summary>
        /// The fold as read at <paramref name="use"/>: stale in the atoms of every loop it does not carry across that does
        /// not hold the use, and partial when the use sits in a loop it carries across but outside the fold itself. A use
        /// that sees <c>afterWrite</c> as made already (<see cref="TargetReduction"/>) reads after this fold's step.
        /// <paramref name="firstPassOnly"/>: the use reads this fold on the first pass of a loop only, where the row it
        /// pins is the row read (FirstPassFolds.cs), so the pin is not stale.
        /// </summary>
        public Reduction SeenFrom(IOperation use, IOperation? afterWrite = null, bool firstPassOnly = false)
        {
            var stale = ImmutableHashSet<DimensionAtom>.Empty;
            var partial = false;
            foreach (var loop in _loops)
            {
                if (loop.StaleAtoms is { } atoms && !Contains(loop.Loop, use))
                {
                    stale = stale.Union(atoms);
                }

                // A read after the write in the step of the loop that walks the elements is a scan's prefix, not partial.
                // A read in the guard that closes a slice of a sliced fold reads that slice whole.
                partial |= loop.Carried && Contains(loop.Loop, use) && !Contains(_write, use) && !(loop.IsScanLoop && (ReadsAfterStep(_write, use) || IsWrite(_write, afterWrite)))
                    && !ReadsAtWindowEnd(loop.WindowEnd, loop.WindowEndSkips, use) && !(loop.ReadsFinished?.Invoke(use) ?? false);
            }

            var fold = _reduction;
            var reduction = new Reduction(fold.Kind, fold.Name, fold.Atoms, fold.Folds, fold.Elements, partial || fold.IsPartial, firstPassOnly ? stale : stale.Union(_pinned), fold.IsInline, fold.Extents);
            return _lanes is { } lanes ? WithLanes(reduction, lanes) : reduction;
        }
    }

    /// <summary>Symbols by <see cref="SymbolEqualityComparer.Default"/>, the rest by value.</summary>
    private sealed class ScanKeyComparer : IEqualityComparer<(ISymbol Target, bool Element, string? Slot, int Depth)>
    {
        public static readonly ScanKeyComparer Instance = new();

        public bool Equals((ISymbol Target, bool Element, string? Slot, int Depth) x, (ISymbol Target, bool Element, string? Slot, int Depth) y) =>
            SymbolEqualityComparer.Default.Equals(x.Target, y.Target) && x.Element == y.Element && x.Slot == y.Slot && x.Depth == y.Depth;

        public int GetHashCode((ISymbol Target, bool Element, string? Slot, int Depth) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Target) * 397) ^ (key.Element ? 1 : 0) ^ ((key.Slot?.GetHashCode() ?? 0) * 31) ^ (key.Depth * 7);
    }
}
