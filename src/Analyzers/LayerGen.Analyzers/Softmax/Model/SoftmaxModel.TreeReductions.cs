using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A stride-halving tree over a scratch tile (a GPU block's shared memory, a warp's lanes):
/// <c>for (lane = 0; lane &lt; w; lane++) tile[lane] = partial;</c>, then
/// <c>for (d = w / 2; d &gt; 0; d /= 2) for (lane = 0; lane &lt; d; lane++) tile[lane] += tile[lane + d];</c> (also
/// <c>d &gt;&gt;= 1</c>, a <c>while</c> halving, <c>Math.Max(tile[lane], tile[lane + d])</c>, or a <c>ShuffleDown(tile, lane, d)</c>
/// helper returning <c>tile[lane + d]</c>). Element 0 then holds the sum or max of every value the tile was loaded with:
/// read right after the tree, <c>tile[0]</c> is that fold — the loaded value's own fold, widened by the lane loop that
/// loaded it — exactly as a linear <c>for (lane) total += tile[lane]</c> would read it (a 2-D <c>[,]</c> lane walk down a
/// column or along a row). Not read yet: lanes interleaved along a strided walk (<c>for (c = lane; c &lt; n; c += w)</c>
/// over <c>x[offset + c]</c>, a jagged <c>row[c]</c>, a span slice), whose union the dimension atoms cannot name (see
/// <see cref="InterleavedStrides"/>); those trees stay unread, as before.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IOperation, Reduction?> _treeFolds = new();

    /// <summary>
    /// The fold <c>tile[0]</c> reads when it comes right after a stride-halving tree over <c>tile</c> whose lanes were
    /// loaded by the loop just before the tree; null for any other read.
    /// </summary>
    private Reduction? TreeFold(IOperation reference)
    {
        if (_treeFolds.TryGetValue(reference, out var known))
        {
            return known?.Named(known.Name);
        }

        _treeFolds[reference] = null;
        var fold = FindTreeFold(reference);
        _treeFolds[reference] = fold;

        // A fresh copy per read, as TargetReduction gives (a shift is recorded per reduction read, MinimumShifts.cs).
        return fold?.Named(fold.Name);
    }

    private Reduction? FindTreeFold(IOperation reference)
    {
        if (TreeSource(reference) is not var (root, load, loadLoop, kind))
        {
            return null;
        }

        if (ReductionAt(load.Value, load.Operation) is not { } inner || inner.Kind != kind || inner.Atoms.IsEmpty)
        {
            return null;
        }

        // What the loaded folds read, per loop: the lane loop picks which part of the data each lane folded, so the
        // tree, folding every lane, folds what the lane loop walks too.
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { root };
        foreach (var folded in inner.Folds)
        {
            dims = FoldedElementDims(folded, dims, visited, depth: 0);
        }

        if (!dims.TryGetValue(loadLoop, out var laneAtoms) || laneAtoms.IsEmpty)
        {
            // Every lane loaded the same fold: the tree of equal values is that fold.
            return inner.Named(root.Name);
        }

        // Lanes 0..w each walking lane, lane + w, lane + 2w, … of a flat buffer together walk it contiguously, but the
        // dimension model has no atom for that union: the stride-w atom read as an axis of its own makes one row read by 8
        // lanes a whole [n, 8] block (a false LG0008), and dropping it made a plain row max too wide (a false LG0001). Such a
        // tree is not read (as before); a lane walk of a 2-D array names its rank, no stride atom, and is read.
        if (!InterleavedStrides(inner.Atoms, laneAtoms).IsEmpty)
        {
            return null;
        }

        return new Reduction(
            kind, root.Name, inner.Atoms.Union(laneAtoms), inner.Folds, inner.Elements, inner.IsPartial, inner.StaleAtoms.Except(laneAtoms),
            isInline: false, inner.Extents.RemoveRange(laneAtoms));
    }

    /// <summary>
    /// The non-unit stride atoms of <paramref name="atoms"/> (a lane's walk <c>lane, lane + w, …</c> of a flat buffer)
    /// whose buffer the lane loop walks at unit stride: the lanes' interleaved walks of that buffer.
    /// </summary>
    private static ImmutableHashSet<DimensionAtom> InterleavedStrides(ImmutableHashSet<DimensionAtom> atoms, ImmutableHashSet<DimensionAtom> laneAtoms) =>
        atoms.Where(atom => atom.Key.StartsWith("s:", System.StringComparison.Ordinal) && atom.Key != DimensionAtom.UnitStrideKey
            && laneAtoms.Contains(new DimensionAtom(atom.Root, DimensionAtom.UnitStrideKey))).ToImmutableHashSet();

    /// <summary>
    /// For <c>tile[0]</c> read after a tree: the tile, its one load (<c>tile[lane] = value</c>), the loop that loads it and
    /// the tree's kind; null when the read is no such read.
    /// </summary>
    private (ILocalSymbol Root, ElementWrite Load, IOperation LoadLoop, ReductionKind Kind)? TreeSource(IOperation reference)
    {
        var index = Unwrap(reference) switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => element.Indices[0],
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value,
            _ => null,
        };
        if (Unwrap(index) is not { ConstantValue: { HasValue: true, Value: 0 } } || RootOf(Unwrap(reference)!) is not ILocalSymbol root)
        {
            return null;
        }

        var writes = ElementWritesInto(root).ToList();
        if (writes.Count == 0 || PrecedingWriter(reference, root, writes) is not var (block, treeAt) || TreeKind(block.Operations[treeAt], root, writes) is not { } kind)
        {
            return null;
        }

        // The statement before the tree that writes the tile is the lane loop loading it, one store per lane.
        for (var at = treeAt - 1; at >= 0; at--)
        {
            var statement = block.Operations[at];
            var stores = writes.Where(write => Contains(statement, write.Operation)).ToList();
            if (stores.Count == 0)
            {
                continue;
            }

            return stores is [{ Operation: ISimpleAssignmentOperation { IsRef: false }, Value: { } } load] && statement is ILoopOperation
                && LaneIndex(load.Target) is { } lane && InductionLoop(lane, load.Operation) == statement
                ? (root, load, statement, kind)
                : null;
        }

        return null;
    }

    /// <summary>
    /// The block and position of the last statement before <paramref name="read"/> that writes into
    /// <paramref name="root"/>, looking outwards from the read; null when a loop around the read writes it as well (the
    /// read may see a later write) or the read is in a lambda or local function.
    /// </summary>
    private (IBlockOperation Block, int At)? PrecedingWriter(IOperation read, ISymbol root, List<ElementWrite> writes)
    {
        var current = read;
        while (current != _root && current.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation
                || parent is ILoopOperation && writes.Any(write => Contains(parent, write.Operation)))
            {
                return null;
            }

            if (parent is IBlockOperation block)
            {
                for (var at = block.Operations.IndexOf(current) - 1; at >= 0; at--)
                {
                    if (writes.Any(write => Contains(block.Operations[at], write.Operation)))
                    {
                        return (block, at);
                    }
                }
            }

            current = parent;
        }

        return null;
    }

    /// <summary>
    /// The kind of the tree <paramref name="statement"/> is (a loop halving <c>d</c> whose every write into the tile is
    /// a step <c>tile[lane] ⊕= tile[lane + d]</c> under <c>for (lane = 0; lane &lt; d; lane++)</c>); null for any other
    /// statement.
    /// </summary>
    private ReductionKind? TreeKind(IOperation statement, ILocalSymbol root, List<ElementWrite> writes)
    {
        if (statement is not (IForLoopOperation or IWhileLoopOperation))
        {
            return null;
        }

        ReductionKind? kind = null;
        foreach (var write in writes.Where(write => Contains(statement, write.Operation)))
        {
            // tile[lane] += tile[lane + d], tile[lane] = Math.Max(tile[lane], tile[lane + d]): read as a fold into the tile.
            if (Accumulation(root, write.Operation, write.Value) is not { Kind: ReductionKind.Sum or ReductionKind.Max } step
                || kind is { } other && other != step.Kind
                || LaneIndex(write.Target) is not { } lane || InductionLoop(lane, write.Operation) is not IForLoopOperation laneLoop
                || Unwrap(ConditionBound(laneLoop)) is not ILocalReferenceOperation { Local: var half }
                || !IsPartner(step.Value, root, lane, half) || !HalvesIn(statement, half))
            {
                return null;
            }

            kind = step.Kind;
        }

        return kind;
    }

    /// <summary>The local a one-index element write is indexed by (<c>lane</c> of <c>tile[lane]</c>); null otherwise.</summary>
    private static ILocalSymbol? LaneIndex(IOperation target) => Unwrap(target) switch
    {
        IArrayElementReferenceOperation { Indices.Length: 1 } element => VariableOf(element.Indices[0]) as ILocalSymbol,
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => VariableOf(indexer.Arguments[0].Value) as ILocalSymbol,
        _ => null,
    };

    /// <summary>
    /// True when <paramref name="value"/> is the tile's element <c>d</c> lanes on (<c>tile[lane + d]</c>), read directly
    /// or through a helper of this file whose body returns that element of its parameters (<c>ShuffleDown(tile, lane, d)</c>,
    /// also guarded as <c>lane + d &lt; w ? tile[lane + d] : 0</c>).
    /// </summary>
    private bool IsPartner(IOperation value, ILocalSymbol root, ILocalSymbol lane, ILocalSymbol half)
    {
        value = Unwrap(value)!;
        if (IsElementAccess(value))
        {
            return SymbolEqualityComparer.Default.Equals(RootOf(value), root) && OffsetIndex(value) is var (first, second)
                && (References(first, lane) && References(second, half) || References(first, half) && References(second, lane));
        }

        if (value is not IInvocationOperation { Instance: null } call || call.TargetMethod.MethodKind != MethodKind.Ordinary
            || call.TargetMethod.DeclaringSyntaxReferences.Length != 1 || HelperBody(call.TargetMethod.OriginalDefinition) is not { } body)
        {
            return false;
        }

        if (body is IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } only }] })
        {
            body = only;
        }

        // lane + d < w ? tile[lane + d] : 0: past the tile's end a lane adds nothing (and a max keeps its own value).
        var returned = Unwrap(body) is IConditionalOperation { WhenFalse: { } whenFalse } choice
            ? IsConstantTerm(whenFalse) ? choice.WhenTrue : IsConstantTerm(choice.WhenTrue) ? whenFalse : null
            : body;
        if (Unwrap(returned) is not { } element || !IsElementAccess(element) || OffsetIndex(element) is not var (a, b)
            || RootOf(element) is not IParameterSymbol tile || Unwrap(a) is not IParameterReferenceOperation { Parameter: var p }
            || Unwrap(b) is not IParameterReferenceOperation { Parameter: var q })
        {
            return false;
        }

        return References(ArgumentValue(call, tile.Ordinal), root)
            && (References(ArgumentValue(call, p.Ordinal), lane) && References(ArgumentValue(call, q.Ordinal), half)
                || References(ArgumentValue(call, p.Ordinal), half) && References(ArgumentValue(call, q.Ordinal), lane));
    }

    /// <summary>The two operands of a one-index element read indexed by a sum (<c>a + b</c> of <c>t[a + b]</c>); null otherwise.</summary>
    private static (IOperation, IOperation)? OffsetIndex(IOperation element)
    {
        var index = Unwrap(element) switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } array => array.Indices[0],
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value,
            _ => null,
        };
        return Unwrap(index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum ? (sum.LeftOperand, sum.RightOperand) : null;
    }

    /// <summary>
    /// True when <paramref name="loop"/> halves <paramref name="half"/> (<c>d /= 2</c>, <c>d &gt;&gt;= 1</c>, <c>d = d / 2</c>,
    /// <c>d = d &gt;&gt; 1</c>) and writes it in no other way.
    /// </summary>
    private static bool HalvesIn(IOperation loop, ILocalSymbol half)
    {
        var halves = false;
        foreach (var write in loop.Descendants().OfType<IAssignmentOperation>().Where(write => References(write.Target, half)))
        {
            var step = write switch
            {
                ICompoundAssignmentOperation compound => (compound.OperatorKind, (IOperation?)compound.Value),
                ISimpleAssignmentOperation { Value: var value } when Unwrap(value) is IBinaryOperation binary && References(binary.LeftOperand, half)
                    => (binary.OperatorKind, binary.RightOperand),
                _ => (BinaryOperatorKind.None, null),
            };
            if (!(step is (BinaryOperatorKind.Divide, { } two) && Unwrap(two)!.ConstantValue is { HasValue: true, Value: 2 }
                || step is (BinaryOperatorKind.RightShift, { } one) && Unwrap(one)!.ConstantValue is { HasValue: true, Value: 1 }))
            {
                return false;
            }

            halves = true;
        }

        return halves;
    }
}
