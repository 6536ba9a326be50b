using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Prefix walks: a range is its start and its end. <c>for (i = 0; i &lt; rowStart + cols; i++)</c> (also
/// <c>i &lt; (r + 1) * cols</c>, <c>i &lt; seg.Offset + seg.Count</c>) ends at the current row's end but starts at the
/// buffer's start, so it walks every earlier row too (also counted down from the row's end to 0): the unit stride and every coarser stride its bound moves by
/// with an outer loop. A walk that starts where the row starts (<c>i = r * cols</c>) or whose bound moves by one per
/// outer step (a causal prefix <c>j &lt;= r</c> within a row) stays one stride.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The coarser strides of <paramref name="root"/> a unit-stride <paramref name="loop"/> from a loop-free start to a
    /// bound that moves with outer loops also walks; empty for any other loop.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> PrefixWalkAtoms(ISymbol root, IOperation loop)
    {
        var none = ImmutableHashSet<DimensionAtom>.Empty;
        if (CountedLoopParts(loop) is not var (start, step, condition) || StartValue(start) is not ({ } variable, { } value))
        {
            return none;
        }

        // Counting up from a loop-free start to B, or down from B - 1 to 0 (the same range).
        var bound = UnitStep(step, variable) == 1 && Linear(value).IsLoopFree ? UpperBound(condition, variable) : CountDownBound(loop);
        if (bound is null)
        {
            return none;
        }

        var atoms = none;
        foreach (var term in Linear(bound).Terms)
        {
            // Only outer loops move the end (the walked variable itself never appears in its own bound).
            if (term.Key != loop && Contains(term.Key, loop) && !term.Value.Equals(Stride.One) && !term.Value.Equals(Stride.Unknown) && term.Value.Text != "?")
            {
                atoms = atoms.Add(DimensionAtom.Stride(root, term.Value.Text));
            }
        }

        // No stride names the rows of packed ragged rows: a walk from 0 to a running limit (RunningLimits.cs).
        return atoms.IsEmpty && UnitStep(step, variable) == 1 ? RunningLimitAtoms(root, loop, value, bound) : atoms;
    }

    /// <summary>
    /// The coarser strides of <paramref name="root"/> a slice from a loop-free start spans when its length moves with
    /// outer loops (<c>x.AsSpan(0, (r + 1) * cols)</c>: rows 0..r).
    /// </summary>
    private ImmutableHashSet<DimensionAtom> PrefixSliceAtoms(ISymbol root, IOperation end)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var term in Linear(end).Terms)
        {
            if (!term.Value.Equals(Stride.One) && !term.Value.Equals(Stride.Unknown) && term.Value.Text != "?")
            {
                atoms = atoms.Add(DimensionAtom.Stride(root, term.Value.Text));
            }
        }

        return atoms;
    }

    /// <summary>
    /// <c>x[start..end]</c> (indices counted from the start): a slice from <c>start</c>, like <c>AsSpan(start, …)</c>; from a
    /// loop-free start (<c>x[..end]</c>) a prefix that also spans the strides its end moves by. Null for <c>^</c> indices.
    /// </summary>
    private BufferView? PrefixRange(BufferView source, IRangeOperation range)
    {
        if (IsBufferEnd(range.RightOperand) && range.LeftOperand is { } from)
        {
            // x[start..], x[start..^0]: to the buffer's end (OpenEndedSlices.cs); unknown when the start is loop-free.
            return OpenEndedSlice(source, from);
        }

        if (source.Root is not { } root || source.Layout != BufferLayout.Flat || range.RightOperand is not { } end
            || Unwrap(end) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } || IsFromEnd(RangeBoundary(end))
            || range.LeftOperand is { } hat && Unwrap(hat) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat })
        {
            return null;
        }

        if (range.LeftOperand is { } start && !IsConstant(start, 0))
        {
            var slice = source.Slice(Linear(start), OffsetDims(source, start));
            return Linear(start).IsLoopFree ? slice.Spanning(PrefixSliceAtoms(root, end)) : slice;
        }

        if (IsSlotLengthTotal(end) && IsWholeBufferPrefix(source, end))
        {
            // pool[..used] with used the total of the slots' lengths: the whole buffer (SlotTotals.cs).
            return source;
        }

        return source.Slice(LinearIndex.Factor("0"), StableKeys.Map<ImmutableHashSet<DimensionAtom>>()).Spanning(PrefixSliceAtoms(root, end));
    }

    /// <summary>B of <c>v &lt; B</c>, <c>v &lt;= B</c>, <c>B &gt; v</c>, <c>B &gt;= v</c>; else null.</summary>
    private static IOperation? UpperBound(IOperation? condition, ISymbol variable) => Unwrap(condition) switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } less when References(less.LeftOperand, variable) => less.RightOperand,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } greater when References(greater.RightOperand, variable) => greater.LeftOperand,
        _ => null,
    };

    /// <summary><c>seg.Offset</c> of an <c>ArraySegment</c> that is a slice: where the slice starts, as a flat index.</summary>
    private LinearIndex? SegmentOffset(IPropertyReferenceOperation property) =>
        property is { Property.Name: "Offset", Instance: { Type: INamedTypeSymbol { Name: "ArraySegment" } } segment } && EvalView(segment) is { Layout: BufferLayout.Flat, FlatOffset: { } offset }
            ? offset
            : null;
}
