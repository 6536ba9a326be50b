using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A flat index as a sum of loop variables times strides plus a loop-free offset: <c>(o * axis + a) * inner + n</c>
/// is <c>o·(axis*inner) + a·inner + n·1</c>. Strides are canonical texts (factors sorted, constants multiplied), so
/// the same stride written twice compares equal. A loop whose contribution is not linear gets the stride "?".
/// </summary>
internal sealed class LinearIndex
{
    public static readonly LinearIndex Zero = new(StableKeys.Map<Stride>(), isLoopFree: true, Stride.One);

    private LinearIndex(ImmutableDictionary<IOperation, Stride> terms, bool isLoopFree, Stride? constant)
    {
        Terms = terms;
        IsLoopFree = isLoopFree;
        Constant = constant;
    }

    /// <summary>Loop → stride of its variable in this index.</summary>
    public ImmutableDictionary<IOperation, Stride> Terms { get; }

    /// <summary>True when no loop variable occurs (the whole index is an offset or a size).</summary>
    public bool IsLoopFree { get; }

    /// <summary>For a loop-free index that is a product of factors, that product (used as a stride); else null.</summary>
    public Stride? Constant { get; }

    public static LinearIndex Loop(IOperation loop, Stride step) =>
        new(StableKeys.Map<Stride>().Add(loop, step), isLoopFree: false, null);

    public static LinearIndex Factor(string text) => new(StableKeys.Map<Stride>(), isLoopFree: true, Stride.Of(text));

    public static LinearIndex Opaque(IEnumerable<IOperation> loops) =>
        new(StableKeys.Map<Stride>().SetItems(loops.Distinct().Select(loop => new KeyValuePair<IOperation, Stride>(loop, Stride.Unknown))), isLoopFree: false, null);

    public static LinearIndex LoopFreeSum() => new(StableKeys.Map<Stride>(), isLoopFree: true, null);

    public LinearIndex Add(LinearIndex other)
    {
        var terms = Terms;
        foreach (var pair in other.Terms)
        {
            terms = terms.TryGetValue(pair.Key, out var existing)
                ? terms.SetItem(pair.Key, existing.Equals(pair.Value) ? existing : Stride.Unknown)
                : terms.Add(pair.Key, pair.Value);
        }

        var loopFree = IsLoopFree && other.IsLoopFree;
        return new LinearIndex(terms, loopFree, null);
    }

    /// <summary>This index with the term of loop <paramref name="from"/> moved to <paramref name="to"/> (a row picked by another walk).</summary>
    public LinearIndex RenameLoop(IOperation from, IOperation to)
    {
        if (from == to || !Terms.TryGetValue(from, out var step))
        {
            return this;
        }

        var terms = Terms.Remove(from);
        terms = terms.TryGetValue(to, out var existing) ? terms.SetItem(to, existing.Equals(step) ? existing : Stride.Unknown) : terms.Add(to, step);
        return new LinearIndex(terms, IsLoopFree, Constant);
    }

    /// <summary>This index with the term of <paramref name="loop"/> at <paramref name="stride"/> (the loop's term must exist).</summary>
    public LinearIndex WithStride(IOperation loop, Stride stride) =>
        Terms.ContainsKey(loop) ? new LinearIndex(Terms.SetItem(loop, stride), IsLoopFree, Constant) : this;

    public LinearIndex Multiply(LinearIndex other)
    {
        if (IsLoopFree && other.IsLoopFree)
        {
            return Constant is { } a && other.Constant is { } b ? new LinearIndex(Terms, true, a.Times(b)) : LoopFreeSum();
        }

        if (!IsLoopFree && !other.IsLoopFree)
        {
            return Opaque(Terms.Keys.Concat(other.Terms.Keys));
        }

        var (linear, factor) = IsLoopFree ? (other, this) : (this, other);
        var scale = factor.Constant ?? Stride.Unknown;
        var terms = StableKeys.Map<Stride>().SetItems(linear.Terms.Select(pair => new KeyValuePair<IOperation, Stride>(pair.Key, pair.Value.Times(scale))));
        return new LinearIndex(terms, false, null);
    }
}

/// <summary>A canonical product of factors: <c>1</c>, <c>cols</c>, <c>axis*inner</c>, <c>10</c>, or unknown.</summary>
internal sealed class Stride : System.IEquatable<Stride>
{
    public static readonly Stride One = new("1");
    public static readonly Stride Unknown = new("?");

    private Stride(string text) => Text = text;

    public string Text { get; }

    public static Stride Of(string factor) => new(factor.Length == 0 ? "?" : factor);

    public Stride Times(Stride other)
    {
        if (this == Unknown || other == Unknown || Text == "?" || other.Text == "?")
        {
            return Unknown;
        }

        var factors = Text.Split('*').Concat(other.Text.Split('*')).ToList();
        long product = 1;
        var symbols = new List<string>();
        foreach (var factor in factors)
        {
            if (long.TryParse(factor, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                product *= number;
            }
            else
            {
                symbols.Add(factor);
            }
        }

        symbols.Sort(System.StringComparer.Ordinal);
        if (product != 1 || symbols.Count == 0)
        {
            symbols.Insert(0, product.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new Stride(string.Join("*", symbols));
    }

    public bool Equals(Stride? other) => other is not null && other.Text == Text;

    public override bool Equals(object? obj) => Equals(obj as Stride);

    public override int GetHashCode() => System.StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}
