using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>How the positions a shift's fold covers compare with one softmax slice (<see cref="SoftmaxModel.SpanOf"/>).</summary>
internal enum ShiftSpan
{
    /// <summary>The shift spans the slice (or is not judged): no diagnostic.</summary>
    Slice,

    /// <summary>The shift contains the slice and more (LG0001): exact in arithmetic, but slices far below it underflow.</summary>
    TooWide,

    /// <summary>The shift varies along a dimension the slice does not, or walks another part of its axis (LG0004).</summary>
    OtherAxis,
}

/// <summary>
/// One decision for every shift of a softmax, maxima and minima alike: the dimensions (and, along one dimension, the
/// positions) its fold covers against the slice the exps and the sum vary over. Neither containing the other is
/// another axis; more than the slice (a dimension the sum does not fold, a carried or stale fold, a whole block or a
/// whole dimension around a window the slice is moved along) is too wide. A minimum of unknown sign in the exponent
/// is judged only for its axis: one varying along the softmax axis changes every probability whatever its sign.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The verdict on <paramref name="max"/> (of axis classes <paramref name="axis"/>) as the shift of <paramref name="site"/>.</summary>
    public ShiftSpan SpanOf(SoftmaxSite site, SiteAxes axes, Reduction max, HashSet<DimensionAtom> axis, HashSet<DimensionAtom> stale)
    {
        var span = AxisSpanOf(site, axes, max, axis, stale);

        // A fold or a sum along a stride the model could not read (x[Index(b, c)] through a call of no one meaning)
        // walks no known axis: it is never claimed to run along another axis than the other.
        return span == ShiftSpan.OtherAxis && (max.Atoms.Any(atom => atom.IsUnknownStride) || site.Sum.Atoms.Any(atom => atom.IsUnknownStride))
            ? ShiftSpan.Slice
            : span;
    }

    private ShiftSpan AxisSpanOf(SoftmaxSite site, SiteAxes axes, Reduction max, HashSet<DimensionAtom> axis, HashSet<DimensionAtom> stale)
    {
        // The maximum over the members of the very set the exps and the sum walk (MembershipFilteredMaxima.cs) is the slice's.
        if (!max.IsPartial && !stale.Overlaps(axes.Site) && IsMembersOwnMaximum(site, max))
        {
            return ShiftSpan.Slice;
        }

        if ((!axis.IsSubsetOf(axes.Sum) && !axes.Sum.IsSubsetOf(axis)) || IsPickedAlongSlice(max, axis, axes, site.Sum))
        {
            return ShiftSpan.OtherAxis;
        }

        if (max.SignUnknown)
        {
            return ShiftSpan.Slice;
        }

        if (axis.SetEquals(axes.Sum))
        {
            // A maximum over the union of the groups shifting a sum restarted per group (GroupUnions.cs).
            if (axes.Sum.All(atom => atom.IsGather) && SpansEveryGroup(max) && RestartsPerGroup(site.Sum))
            {
                return ShiftSpan.TooWide;
            }

            if (WalksWholeAroundWindow(site, axes, max) || WalksWholeRowAroundMembership(site, max))
            {
                return ShiftSpan.TooWide;
            }

            if (ExtentsDiffer(max, site.Sum))
            {
                return MaxWalksWholeRows(max, site.Sum) || MaxWalksEverySlice(site, max) ? ShiftSpan.TooWide : ShiftSpan.OtherAxis;
            }
        }

        // A sum over every dimension of the site is one softmax over the whole batch, unless a batch loop moves the
        // slice along those dimensions (2-D pooling windows): then each window is a slice of its own (SumCoversBatch).
        // One sum over every group, divided after the loop over the groups, is one softmax over their union: the whole
        // gathered buffer's maximum bounds it.
        return (axis.IsProperSupersetOf(axes.Sum) && !(IsRestOfGatheredBuffer(axis.Except(axes.Sum), axes.Sum) && DividesByUnionTotal(site)))
            || (axis.SetEquals(axes.Sum) && axes.SumCoversBatch)
            || stale.Overlaps(axes.Site)
            || (max.IsPartial && site.NumeratorMaxima.Contains(max))
            ? ShiftSpan.TooWide
            : ShiftSpan.Slice;
    }

    /// <summary>
    /// True when the slice is a window moved along its own axis by a batch loop (a pooling window <c>y + dy</c>, a
    /// segment <c>row * cols + s * w + t</c>) while the shift's fold walks that axis whole: a whole block of a flat
    /// buffer picked by the same outer index (<c>origin + p</c>, <c>p &lt; H · W</c>), or the whole dimension of an
    /// array (a bound that is its length, or the bound of the loop that moves the window). The fold then contains the
    /// window and the windows beside it.
    /// </summary>
    private bool WalksWholeAroundWindow(SoftmaxSite site, SiteAxes axes, Reduction max)
    {
        var batchLoops = BatchLoops(site);
        if (batchLoops.Count == 0 || max.Folds.IsEmpty)
        {
            return false;
        }

        foreach (var fold in max.Folds)
        {
            // The fold's reads: its element accesses and the elements of the foreach walks it folds (foreach (var v in row)).
            foreach (var access in fold.DescendantsAndSelf().Where(read => IsElementAccess(read) || read is ILocalReferenceOperation { Local: var walked } && ForEachOf(walked) is not null))
            {
                var read = Eval(access).Dims;

                // A batch loop the fold's own index follows moves the fold with the slice: no window around it.
                var moving = batchLoops.Where(batch => !read.ContainsKey(batch)).ToList();
                foreach (var loop in EnclosingLoops(fold))
                {
                    if (!read.TryGetValue(loop, out var walked) || !axes.Sum.IsSupersetOf(Classes.Classes(walked)))
                    {
                        continue;
                    }

                    if (FlatIndexOf(access) is var (root, index) && BlockStrides(loop, index) is not null && BlockExtent(loop) is { } block
                        && moving.Any(batch => !index.Terms.ContainsKey(batch) && MovesWithinBlock(site, batch, root, block)))
                    {
                        return true;
                    }

                    if (moving.Any(batch => MovesAlong(site, batch, Classes.Classes(walked)) && WalksWholeDimension(loop, batch, walked)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the shift is an element of a buffer of per-slice folds picked by a loop that walks, in the exp, a
    /// dimension the shift itself folds and the sum folds too (<c>exp(rowMin[c] - cost[r * cols + c])</c>, rowMin folded
    /// over c): it changes along the slice. A shift picked by a batch loop (<c>peaks[k]</c>, even under a sum that is
    /// too wide) is not, nor a slot keyed like the sum's segments (<c>peak[cell.Sample]</c> under <c>sum[cell.Sample]</c>,
    /// SegmentSlots.cs). Only indices linear in the loop count (<c>rowMax[k / cols]</c> keys a flat walk by its row).
    /// </summary>
    private bool IsPickedAlongSlice(Reduction shift, HashSet<DimensionAtom> axis, SiteAxes axes, Reduction sum)
    {
        if (!_shiftReads.TryGetValue(shift, out var read) || !IsElementAccess(read.Read) || _perKeyReads.Contains(read.Read))
        {
            // peaks[s.Query] of per-query peaks: the key is the slice's own, fixed along it (KeyedMappedFolds.cs).
            return false;
        }

        var indices = read.Read switch
        {
            IArrayElementReferenceOperation element => element.Indices.ToList(),
            IPropertyReferenceOperation { Arguments: var arguments } => arguments.Select(argument => argument.Value).ToList(),
            _ => new List<IOperation>(),
        };
        var exponent = ExpArgument(read.Exp).Dims;
        foreach (var index in indices)
        {
            if (IsSumsOwnSegmentKey(index, sum))
            {
                // peak[cell.Sample] under sum[cell.Sample] += …: the slice's own slot (SegmentSlots.cs).
                continue;
            }

            foreach (var term in Linear(index).Terms)
            {
                if (!term.Value.Equals(Stride.Unknown) && exponent.TryGetValue(term.Key, out var atoms)
                    && Classes.Classes(atoms) is var walked && walked.Overlaps(axes.Sum) && walked.Overlaps(axis))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The loops around both the division and the sum's folds: each picks one slice (the sum restarts inside them). The
    /// loop an element fold of the sum steps in walks the slice instead: a division in it reads a prefix scan
    /// (<see cref="IsScanLoop"/>), whose loop moves along the slice, not from one slice to the next.
    /// </summary>
    private List<IOperation> BatchLoops(SoftmaxSite site) => BatchLoops(site.Division, site.Sum);

    private List<IOperation> BatchLoops(IOperation division, Reduction sum)
    {
        if (sum.Folds.IsEmpty)
        {
            return new List<IOperation>();
        }

        var scanned = sum.Folds.Where(fold => fold is IAssignmentOperation or IConditionalOperation).Select(fold => EnclosingLoops(fold).FirstOrDefault()).ToList();
        return EnclosingLoops(division).Where(loop => sum.Folds.All(fold => Contains(loop, fold)) && !scanned.Contains(loop)).ToList();
    }

    /// <summary>True when <paramref name="batch"/> moves the site's exps along one of <paramref name="classes"/> (a rank or depth window).</summary>
    private bool MovesAlong(SoftmaxSite site, IOperation batch, HashSet<DimensionAtom> classes) =>
        site.Exps.Any(exp => ExpArgument(exp).Dims.TryGetValue(batch, out var atoms) && Classes.Classes(atoms).Overlaps(classes));

    /// <summary>
    /// True when <paramref name="batch"/> moves the site's exps inside one block of <paramref name="root"/>: a stride of
    /// that buffer finer than the block (not the block, not a multiple of it, not unknown).
    /// </summary>
    private bool MovesWithinBlock(SoftmaxSite site, IOperation batch, ISymbol root, Stride block) =>
        site.Exps.Any(exp => ExpArgument(exp).Dims.TryGetValue(batch, out var atoms)
            && atoms.Any(atom => SymbolEqualityComparer.Default.Equals(atom.Root, root) && atom.Key.StartsWith("s:", System.StringComparison.Ordinal)
                && atom.Key.Substring(2) is var stride && stride != block.Text && stride != Stride.One.Text && stride != Stride.Unknown.Text
                && !stride.Contains(block.Text)));

    /// <summary>
    /// True when <paramref name="loop"/> walks the whole of the dimension <paramref name="walked"/> from 0: its bound is
    /// that dimension's length (<c>a.GetLength(k)</c>, a row's <c>Length</c>) or the bound of <paramref name="batch"/>,
    /// the loop that moves the window along it; or it is a <c>foreach</c> over the elements of a buffer or row that is
    /// no slice (<see cref="WalksWholeCollection"/>).
    /// </summary>
    private bool WalksWholeDimension(IOperation loop, IOperation batch, IEnumerable<DimensionAtom> walked)
    {
        if (loop is IForEachLoopOperation forEach)
        {
            return WalksWholeCollection(forEach);
        }

        if (UpperBoundFromZero(loop) is not { } bound)
        {
            return false;
        }

        if (UpperBoundFromZero(batch) is { } windows && ExtentText(bound, 0) is { } text && text == ExtentText(windows, 0))
        {
            return true;
        }

        return walked.Any(atom => IsLengthOf(bound, atom));
    }

    /// <summary>
    /// B of a loop over [0, B): <c>for (v = 0; v &lt; B; v += step)</c> with a positive constant step (or <c>B &gt; v</c>),
    /// or its count-down twin <c>for (v = B - 1; v &gt;= 0; v--)</c>; else null.
    /// </summary>
    private static IOperation? UpperBoundFromZero(IOperation loop)
    {
        if (CountDownBound(loop) is { } countDown)
        {
            return Unwrap(countDown);
        }

        if (CountedLoopParts(loop) is not var (start, step, test) || StartValue(start) is not ({ } variable, { } value)
            || Unwrap(value)!.ConstantValue is not { HasValue: true, Value: 0 })
        {
            return null;
        }

        var bound = Unwrap(test) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan } less when References(less.LeftOperand, variable) => less.RightOperand,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan } greater when References(greater.RightOperand, variable) => greater.LeftOperand,
            _ => null,
        };
        var stepOperation = step is IExpressionStatementOperation statement ? statement.Operation : step;
        var positive = UnitStep(step, variable) == 1
            || stepOperation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Value.ConstantValue: { HasValue: true, Value: int by } } compound
                && by > 0 && References(compound.Target, variable);
        return positive ? Unwrap(bound) : null;
    }

    /// <summary>
    /// True when a <c>foreach</c> walks every element of what it is given: an array, span or jagged row that is no slice
    /// at an offset (<c>foreach (var v in row)</c> is <c>for (j = 0; j &lt; row.Length; j++)</c>), not a list of indices.
    /// </summary>
    private bool WalksWholeCollection(IForEachLoopOperation forEach) =>
        !IsIndexWalk(forEach) && EvalView(Unwrap(forEach.Collection)!) is { FlatOffset: null } view && view.Layout != BufferLayout.Sequence;

    /// <summary>True when <paramref name="bound"/> is the length of <paramref name="atom"/>'s dimension: <c>a.GetLength(k)</c> for rank k, <c>row.Length</c> of a jagged level.</summary>
    private bool IsLengthOf(IOperation bound, DimensionAtom atom)
    {
        switch (bound)
        {
            case IInvocationOperation { TargetMethod.Name: "GetLength", Instance: { } array, Arguments: [{ Value.ConstantValue: { HasValue: true, Value: int rank } }] }:
                return EvalView(array) is { Root: { } root } && Classes.Find(DimensionAtom.Rank(root, rank)).Equals(Classes.Find(atom));
            case IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } row }:
                return EvalView(row) is { Root: { } jagged, Layout: BufferLayout.Jagged } view && Classes.Find(DimensionAtom.Depth(jagged, view.Consumed)).Equals(Classes.Find(atom));
            case ILocalReferenceOperation local when WritesOf(local.Local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value:
                return Unwrap(value) is { } definition && definition is not ILocalReferenceOperation && IsLengthOf(definition, atom);
            default:
                return false;
        }
    }

    /// <summary>
    /// The buffer and linear index (slice offset included) of a flat element access; null for any other access. A
    /// pointer or ref element (<c>row[k]</c>, <c>*p</c>, <c>Unsafe.Add(ref b, k)</c>) is one too (PointerWalks.cs):
    /// a walked pointer reads its start's buffer at the walk's position.
    /// </summary>
    private (ISymbol Root, LinearIndex Index)? FlatIndexOf(IOperation operation)
    {
        // p[i], *(p + i), Unsafe.Add(ref b, i), LoadUnsafe(ref p[i]): one path, read as ReadElement reads them, the
        // element at the index from where a walked pointer is (row += cols).
        if (PointerElement(operation) is var (pointer, pointerIndex))
        {
            var walked = PointerWalk(pointer, operation);
            return EvalView(walked?.Start ?? pointer) is { Layout: BufferLayout.Flat, Root: { } pointed } pointerView
                ? (pointed, WithOffsets(pointerView, Linear(pointerIndex), walked?.Offset))
                : null;
        }

        var (buffer, index) = operation switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => (element.ArrayReference, element.Indices[0]),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments.Length: 1 } indexer => (instance, indexer.Arguments[0].Value),
            _ => (null, null),
        };
        return buffer is not null && EvalView(buffer) is { Layout: BufferLayout.Flat, Root: { } root } view
            ? (root, WithOffsets(view, Linear(index), walk: null))
            : null;
    }

    /// <summary>An element's index in its buffer: the view's slice offset and a pointer walk's position added to the index read.</summary>
    private static LinearIndex WithOffsets(BufferView view, LinearIndex index, LinearIndex? walk)
    {
        var placed = view.FlatOffset is null ? index : view.FlatOffset.Add(index);
        return walk is null ? placed : walk.Add(placed);
    }
}
