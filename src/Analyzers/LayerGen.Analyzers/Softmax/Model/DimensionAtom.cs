using System;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One dimension of one buffer: position <c>r0</c>/<c>r1</c> of a <c>T[,]</c>, depth <c>d0</c>/<c>d1</c> of a
/// <c>T[][]</c>, or a stride <c>s:cols</c>/<c>s:1</c> of a flat buffer indexed <c>i * cols + j</c>.
/// <see cref="WholeKey"/> stands for every dimension of a flat buffer at once (<c>for (k = 0; k &lt; x.Length; k++)</c>).
/// </summary>
internal sealed class DimensionAtom : IEquatable<DimensionAtom>
{
    /// <summary>The key of "all of a flat buffer".</summary>
    public const string WholeKey = "whole";

    /// <summary>The key of a flat buffer's unit-stride dimension.</summary>
    public const string UnitStrideKey = "s:1";

    public DimensionAtom(ISymbol root, string key)
    {
        Root = root;
        Key = key;
    }

    /// <summary>The variable that holds the buffer (the array, not a row alias or a slice).</summary>
    public ISymbol Root { get; }

    public string Key { get; }

    /// <summary>The key prefix of "every stride of a flat buffer that is a multiple of this one" (<see cref="StridesFrom"/>).</summary>
    public const string StridesFromPrefix = "from:";

    public bool IsWhole => Key == WholeKey;

    /// <summary>
    /// True for a flat buffer's stride the model could not read (<c>x[Index(b, c)]</c> through a call of no one
    /// meaning, <see cref="LinearIndex.Opaque"/>): a walk along no known axis.
    /// </summary>
    public bool IsUnknownStride => Key == "s:?";

    /// <summary>True for an atom made by <see cref="StridesFrom"/>.</summary>
    public bool IsStridesFrom => Key.StartsWith(StridesFromPrefix, StringComparison.Ordinal);

    public static DimensionAtom Rank(ISymbol root, int position) => new(root, "r" + position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DimensionAtom Depth(ISymbol root, int depth) => new(root, "d" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Which segment of <paramref name="position"/> (a rank or depth atom) a CSR walk reads: the loop picking
    /// <c>start[t]</c> of <c>v[c, k]</c> with <c>c</c> from <c>start[t]</c> to <c>start[t + 1]</c>.
    /// </summary>
    public static DimensionAtom SegmentsOf(DimensionAtom position) => new(position.Root, position.Key + ":?");

    public static DimensionAtom Stride(ISymbol root, string coefficient) => new(root, "s:" + coefficient);

    public static DimensionAtom Whole(ISymbol root) => new(root, WholeKey);

    /// <summary>The key prefix of the elements a gather reads (<see cref="Gather"/>).</summary>
    public const string GatherPrefix = "g:";

    /// <summary>The key of a gathered buffer's elements that no gather names: part of its whole, never read by an access.</summary>
    public const string UngatheredKey = GatherPrefix + "~rest";

    /// <summary>
    /// The elements of <paramref name="root"/> read through the index lists held in <paramref name="lists"/>
    /// (<c>rating[players[i]]</c> with <c>players = matches[m]</c>): a subset of the buffer per list.
    /// </summary>
    public static DimensionAtom Gather(ISymbol root, ISymbol lists) => new(root, GatherPrefix + lists.Name);

    /// <summary>True for a <see cref="Gather"/> atom.</summary>
    public bool IsGather => Key.StartsWith(GatherPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The dimensions a loop stepping by <paramref name="coefficient"/> to the end of a flat buffer walks
    /// (<c>for (p = i; p &lt; x.Length; p += inner)</c>): the stride itself and every coarser stride that is a
    /// multiple of it (<c>axis*inner</c>, the outer blocks).
    /// </summary>
    public static DimensionAtom StridesFrom(ISymbol root, string coefficient) => new(root, StridesFromPrefix + coefficient);

    public bool Equals(DimensionAtom? other) =>
        other is not null && Key == other.Key && SymbolEqualityComparer.Default.Equals(Root, other.Root);

    public override bool Equals(object? obj) => Equals(obj as DimensionAtom);

    /// <summary>The same in every run (<see cref="StableHash"/>): hashed sets of atoms iterate in one order.</summary>
    public override int GetHashCode() => (StableHash.Of(Root) * 397) ^ StableHash.Of(Key);

    public override string ToString() => Root.Name + "." + Key;
}
