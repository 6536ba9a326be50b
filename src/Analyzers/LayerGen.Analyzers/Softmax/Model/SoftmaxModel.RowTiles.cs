using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Tiles of rows: a stretch of a flat buffer whose length is a count of rows times the row stride
/// (<c>x.AsSpan(t * n, count * n)</c> with <c>count = Math.Min(8, rows - t)</c>, <c>x.AsSpan(t * n, 8 * n)</c>, a walk
/// <c>for (k = t * n; k &lt; (t + count) * n; k++)</c> or to <c>tile.Length</c>). Its length names several rows even when
/// the count is not a constant, so a fold over it folds the row stride as well as the unit stride, as the nested walk
/// <c>for (r = t; r &lt; t + count; r++) for (j …) x[r * n + j]</c> does. The row stride is a factor some flat access in
/// the method steps a loop by (<see cref="StridesSeen"/>); a length that is one row (<c>n</c>, <c>1 * n</c>) or one whole
/// block of the start's stride is no tile.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The row stride a stretch of <paramref name="length"/> elements spans several of (<c>count * n</c>, <c>n * 8</c>,
    /// also through locals declared once); null when the length is not such a product or its count may be a single row
    /// (the constant 1 or 0).
    /// </summary>
    private Stride? TileRowStride(IOperation? length)
    {
        length = ThroughCopies(length);
        if (length is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            return null;
        }

        return TileRowStride(product.LeftOperand, product.RightOperand) ?? TileRowStride(product.RightOperand, product.LeftOperand);
    }

    /// <summary>
    /// The stride of <paramref name="rowSize"/> when it is a loop-free row stride the method steps by and
    /// <paramref name="count"/> is a count of rows that is not known to be at most one; else null.
    /// </summary>
    private Stride? TileRowStride(IOperation count, IOperation rowSize)
    {
        if (Linear(rowSize) is not { IsLoopFree: true, Constant: { } stride } || stride.Equals(Stride.One) || stride.Equals(Stride.Unknown)
            || !StridesSeen().Contains(stride.Text))
        {
            return null;
        }

        var countValue = ThroughCopies(count);
        return countValue?.ConstantValue is { HasValue: true, Value: int rows } && rows <= 1 ? null : stride;
    }

    /// <summary>True when <paramref name="length"/> is a product with a constant factor (<c>3 * k</c>).</summary>
    private bool HasConstantCount(IOperation? length) =>
        ThroughCopies(length) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
        && (ThroughCopies(product.LeftOperand)?.ConstantValue.HasValue == true || ThroughCopies(product.RightOperand)?.ConstantValue.HasValue == true);

    /// <summary>The row-stride atom of a slice of <paramref name="root"/> whose length spans several rows; empty otherwise.</summary>
    private ImmutableHashSet<DimensionAtom> TileSliceAtoms(ISymbol root, IOperation? length) =>
        TileRowStride(length) is { } stride
            ? ImmutableHashSet.Create(DimensionAtom.Stride(root, stride.Text))
            : ImmutableHashSet<DimensionAtom>.Empty;

    /// <summary>
    /// The row stride a unit-stride <paramref name="loop"/> walks several rows of from a start an enclosing loop picks:
    /// <c>for (k = t * n; k &lt; (t + count) * n; k++)</c>, <c>k &lt; start + count * n</c> (the end also as a local
    /// declared once), or <c>for (k = 0; k &lt; tile.Length; k++)</c> over <c>tile = x.AsSpan(t * n, count * n)</c>.
    /// Null for any other loop.
    /// </summary>
    private Stride? TileWalkStride(IOperation loop)
    {
        if (CountedLoopParts(loop) is not var (startPart, step, test) || StartValue(startPart) is not (ILocalSymbol variable, { } startValue)
            || UnitStep(step, variable) != 1 || UpperBound(test, variable) is not { } limit
            || WritesOf(variable).Count(write => !IsStep(write, variable)) != 1 || ThroughCopies(startValue) is not { } start)
        {
            return null;
        }

        var bound = ThroughCopies(SliceLength(limit) ?? limit);
        if (IsConstant(start, 0))
        {
            // k < tile.Length or k < count * n from 0: the walk's offset is the slice's (or the index's) start. A constant
            // count (j < 3 * k over an MDN head [π | μ | σ]) is a loop-free extent the extents already compare (Extents.cs).
            return TileRowStride(bound) is { } stride && !HasConstantCount(bound) ? stride : null;
        }

        switch (bound)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum:
                // From s to s + count * n.
                return SameValue(sum.LeftOperand, start) ? TileRowStride(sum.RightOperand)
                    : SameValue(sum.RightOperand, start) ? TileRowStride(sum.LeftOperand)
                    : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } end when start is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } first:
                // From t * n to (t + count) * n (either operand order).
                foreach (var (next, size) in new[] { (end.LeftOperand, end.RightOperand), (end.RightOperand, end.LeftOperand) })
                {
                    if (ThroughCopies(next) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } advanced)
                    {
                        continue;
                    }

                    foreach (var (origin, rowSize) in new[] { (first.LeftOperand, first.RightOperand), (first.RightOperand, first.LeftOperand) })
                    {
                        if (!SameValue(rowSize, size))
                        {
                            continue;
                        }

                        var count = SameValue(advanced.LeftOperand, origin) ? advanced.RightOperand
                            : SameValue(advanced.RightOperand, origin) ? advanced.LeftOperand
                            : null;
                        if (count is not null && TileRowStride(count, size) is { } stride)
                        {
                            return stride;
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
