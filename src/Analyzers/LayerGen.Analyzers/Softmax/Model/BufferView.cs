using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>How a buffer's elements are addressed.</summary>
internal enum BufferLayout
{
    /// <summary><c>T[,]</c>, <c>T[,,]</c>: one index per dimension.</summary>
    Rectangular,

    /// <summary><c>T[][]</c>: one index per level.</summary>
    Jagged,

    /// <summary><c>T[]</c>, <c>Span&lt;T&gt;</c>, <c>List&lt;T&gt;</c>, a pointer: one linear index.</summary>
    Flat,

    /// <summary>A computed sequence (<c>Select</c>, <c>Enumerable.Range</c>): elements known by their facts.</summary>
    Sequence,
}

/// <summary>
/// A buffer or a part of one: the whole <c>x</c>, a jagged row <c>x[i]</c>, a slice <c>x.AsSpan(i * cols, cols)</c>,
/// all elements of a <c>T[,]</c> (<c>x.Cast&lt;float&gt;()</c>), or a LINQ sequence computed from one.
/// </summary>
internal sealed partial class BufferView
{
    public BufferView(
        ISymbol? root,
        BufferLayout layout,
        int rank,
        int consumed,
        LinearIndex? flatOffset,
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> fixedDims,
        bool flattened,
        ValueFacts? elements = null,
        IOperation? elementLoop = null,
        BufferView? source = null,
        BufferView? elementRow = null,
        ImmutableHashSet<DimensionAtom>? spanned = null)
    {
        Spanned = spanned ?? ImmutableHashSet<DimensionAtom>.Empty;
        ElementRow = elementRow;
        Root = root;
        Layout = layout;
        Rank = rank;
        Consumed = consumed;
        FlatOffset = flatOffset;
        FixedDims = fixedDims;
        Flattened = flattened;
        Elements = elements;
        ElementLoop = elementLoop;
        Source = source;
    }

    /// <summary>The variable holding the underlying buffer; null for <c>Enumerable.Range</c>.</summary>
    public ISymbol? Root { get; }

    public BufferLayout Layout { get; }

    /// <summary>Dimensions of the root (rank of a rectangular array, depth of a jagged one, 1 for flat).</summary>
    public int Rank { get; }

    /// <summary>Jagged levels already indexed (<c>x[i]</c> has consumed 1).</summary>
    public int Consumed { get; }

    /// <summary>For a flat slice, the offset of its first element; null for the whole buffer.</summary>
    public LinearIndex? FlatOffset { get; }

    /// <summary>Loops that picked this part (<c>i</c> in <c>x[i]</c> or in <c>AsSpan(i * cols, cols)</c>).</summary>
    public ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> FixedDims { get; }

    /// <summary>True when iterating visits every remaining dimension at once (<c>Cast</c>, <c>SelectMany</c>, <c>foreach</c> over <c>T[,]</c>).</summary>
    public bool Flattened { get; }

    /// <summary>For a computed sequence: the facts of its elements, with <see cref="ElementLoop"/> standing for "this element".</summary>
    public ValueFacts? Elements { get; }

    public IOperation? ElementLoop { get; }

    /// <summary>For a computed sequence: the view it iterates.</summary>
    public BufferView? Source { get; }

    /// <summary>
    /// For a sequence of sequences (<c>x.Select(row =&gt; row.Select(…))</c>): one element, a row, with
    /// <see cref="ElementLoop"/> standing for "this row" in its dimensions.
    /// </summary>
    public BufferView? ElementRow { get; }

    /// <summary>
    /// For a prefix slice (<c>x.AsSpan(0, (r + 1) * cols)</c>, <c>x[..end]</c>): the coarser strides it spans besides its
    /// unit stride, because its end moves with outer loops while its start stays at the buffer's start. For rows of a
    /// buffer joined (<c>[.. a, .. b]</c> of rows r and r + 1, SoftmaxModel.PairedSlices.cs): the rows' dimension.
    /// </summary>
    public ImmutableHashSet<DimensionAtom> Spanned { get; }

    /// <summary>The dimensions one iteration over this view walks (all remaining ones when flattened).</summary>
    public ImmutableHashSet<DimensionAtom> IteratedAtoms(bool all)
    {
        if (Layout == BufferLayout.Sequence)
        {
            // set.Select(x => Dot(q, x)) over the rows of set: one number per row, so even a walk of everything walks
            // the rows only (a per-seed row of scores computed from another collection, IterationRows.cs).
            var perRow = Elements is not null && ElementRow is null && Source is { ElementIsRow: true };
            var outer = (Source?.IteratedAtoms(all && !perRow) ?? ImmutableHashSet<DimensionAtom>.Empty).Union(IndexRangeAtoms());

            // Rows r and r + 1 joined ([.. a, .. b] of two maps): the rows' dimension as well (PairedSlices.cs).
            outer = outer.Union(Spanned);

            // rows.SelectMany(r => r.Options): one walk over every element of every row the lambda makes also walks
            // the rows' own dimensions, not only the rows.
            return Flattened && ElementRow is { } row ? outer.Union(row.IteratedAtoms(all: true)) : outer;
        }

        if (Root is null)
        {
            return ImmutableHashSet<DimensionAtom>.Empty;
        }

        var atoms = new List<DimensionAtom>();
        switch (Layout)
        {
            case BufferLayout.Rectangular:
                for (var position = 0; position < Rank; position++)
                {
                    atoms.Add(DimensionAtom.Rank(Root, position));
                }

                break;
            case BufferLayout.Jagged:
                var last = all || Flattened ? Rank - 1 : Consumed;
                for (var depth = Consumed; depth <= last && depth < Rank; depth++)
                {
                    atoms.Add(DimensionAtom.Depth(Root, depth));
                }

                // Rows r and r + 1 joined ([.. a, .. b]): the rows' dimension as well (PairedSlices.cs).
                atoms.AddRange(Spanned);

                break;
            default:
                atoms.Add(FlatOffset is null ? DimensionAtom.Whole(Root) : DimensionAtom.Stride(Root, "1"));
                atoms.AddRange(Spanned);
                break;
        }

        return atoms.ToImmutableHashSet();
    }

    /// <summary>True when the element of one iteration is itself a buffer (a jagged row).</summary>
    public bool ElementIsRow => (Layout == BufferLayout.Jagged && !Flattened && Consumed + 1 < Rank) || (Layout == BufferLayout.Sequence && ElementRow is not null && !Flattened);

    public BufferView WithRow(IOperation? loop, ImmutableHashSet<DimensionAtom> atoms)
    {
        if (Layout == BufferLayout.Sequence && ElementRow is not null && loop is not null)
        {
            // The row a lambda produced, now picked by another loop: the producing lambda's dimensions move to it.
            var row = ElementRow.RenameLoop(ElementLoop, loop);
            var picked = ValueFacts.MergeDims(ValueFacts.MergeDims(FixedDims, row.FixedDims), ValueFacts.DimsOf(loop, atoms));
            return new BufferView(row.Root, row.Layout, row.Rank, row.Consumed, row.FlatOffset, picked, row.Flattened, row.Elements, row.ElementLoop, row.Source, row.ElementRow, row.Spanned);
        }

        var fixedDims = loop is null ? FixedDims : ValueFacts.MergeDims(FixedDims, ValueFacts.DimsOf(loop, atoms));
        return new BufferView(Root, Layout, Rank, Consumed + 1, FlatOffset, fixedDims, Flattened);
    }

    public BufferView Flatten() => new(Root, Layout, Rank, Consumed, FlatOffset, FixedDims, flattened: true, Elements, ElementLoop, Source, ElementRow);

    /// <summary>The same view with the loop <paramref name="from"/> replaced by <paramref name="to"/> in its dimensions.</summary>
    public BufferView RenameLoop(IOperation? from, IOperation to)
    {
        if (from is null || from == to)
        {
            return this;
        }

        var elements = Elements?.With(dims: ValueFacts.RenameLoop(Elements.Dims, from, to));
        return new BufferView(Root, Layout, Rank, Consumed, FlatOffset?.RenameLoop(from, to), ValueFacts.RenameLoop(FixedDims, from, to), Flattened, elements, ElementLoop, Source, ElementRow?.RenameLoop(from, to), Spanned);
    }

    /// <summary>This slice, spanning <paramref name="spanned"/> too (a prefix whose end moves with outer loops).</summary>
    public BufferView Spanning(ImmutableHashSet<DimensionAtom> spanned) =>
        spanned.IsEmpty ? this : new(Root, Layout, Rank, Consumed, FlatOffset, FixedDims, Flattened, Elements, ElementLoop, Source, ElementRow, Spanned.Union(spanned));

    public BufferView Slice(LinearIndex offset, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> fixedDims) =>
        new(Root, BufferLayout.Flat, 1, 0, FlatOffset is null ? offset : FlatOffset.Add(offset), ValueFacts.MergeDims(FixedDims, fixedDims), false);
}
