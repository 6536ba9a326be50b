using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which dimensions of different buffers are the same axis of the data: <c>y[i, j] = exp(x[i, j] - m)</c> makes
/// <c>y.r0 ≡ x.r0</c> and <c>y.r1 ≡ x.r1</c>. A union-find over <see cref="DimensionAtom"/>s; a flat buffer's
/// <see cref="DimensionAtom.WholeKey"/> expands to every stride seen for it.
/// </summary>
internal sealed class DimensionClasses
{
    private readonly Dictionary<DimensionAtom, DimensionAtom> _parent = new();
    private readonly Dictionary<string, HashSet<DimensionAtom>> _stridesByRoot = new();
    private bool _sealed;

    /// <summary>
    /// Ends the model's construction: the strides seen for each buffer are fixed from now on, so a whole buffer
    /// expands to the same classes whichever question is asked first. Atoms met later (a value a rule evaluates) still
    /// get a class of their own, but no longer widen a whole buffer that other answers already read.
    /// </summary>
    public void Seal()
    {
        Version++;
        foreach (var whole in _parent.Keys.Where(atom => atom.IsWhole).ToList())
        {
            // Expanding a buffer with no strides links its whole to its unit stride: done now, not at the first question.
            _ = Expand(whole).Count();
        }

        _sealed = true;
    }

    /// <summary>Records that <paramref name="atom"/> exists (so a whole-buffer atom can expand to it).</summary>
    public void Add(DimensionAtom atom)
    {
        if (!_parent.ContainsKey(atom))
        {
            Version++;
            _parent[atom] = atom;
            if (atom.IsStridesFrom)
            {
                // A walk to the end by stride S is at least the stride-S axis: linked like it, expanded further.
                Union(atom, DimensionAtom.Stride(atom.Root, atom.Key.Substring(DimensionAtom.StridesFromPrefix.Length)));
            }

            if (!atom.IsWhole && atom.Key.StartsWith("s:", System.StringComparison.Ordinal))
            {
                foreach (var partner in AlignedWith(atom.Root))
                {
                    Union(atom, new DimensionAtom(partner, atom.Key));
                }
            }
        }

        if (!_sealed && !atom.IsWhole && (atom.Key.StartsWith("s:", System.StringComparison.Ordinal) || atom.IsGather))
        {
            var key = RootKey(atom);
            if (!_stridesByRoot.TryGetValue(key, out var set))
            {
                set = new HashSet<DimensionAtom>();
                _stridesByRoot[key] = set;
            }

            if (set.Add(atom))
            {
                Version++;
            }
        }
    }

    /// <summary>Counts changes (an atom met, two classes joined): a memo of answers that read the classes is current while it is unchanged.</summary>
    public int Version { get; private set; }

    /// <summary>Every atom seen so far (added or linked).</summary>
    public IEnumerable<DimensionAtom> Known => _parent.Keys;

    /// <summary>Declares two atoms the same axis.</summary>
    public void Union(DimensionAtom first, DimensionAtom second)
    {
        Add(first);
        Add(second);
        var a = Find(first);
        var b = Find(second);
        if (!a.Equals(b))
        {
            Version++;
            _parent[a] = b;
        }
    }

    private readonly List<(ISymbol First, ISymbol Second)> _aligned = new();

    /// <summary>
    /// Declares two flat buffers aligned element for element (<c>y[k]</c> computed from <c>x[k]</c> for every k): their
    /// wholes are one axis, and so is each stride of one with the same stride of the other, seen now or later.
    /// </summary>
    public void Align(DimensionAtom firstWhole, DimensionAtom secondWhole)
    {
        if (AlignedWith(firstWhole.Root).Contains(secondWhole.Root, SymbolEqualityComparer.Default))
        {
            return;
        }

        _aligned.Add((firstWhole.Root, secondWhole.Root));
        Union(firstWhole, secondWhole);
        foreach (var (root, partner) in new[] { (firstWhole.Root, secondWhole.Root), (secondWhole.Root, firstWhole.Root) })
        {
            if (_stridesByRoot.TryGetValue(RootKey(new DimensionAtom(root, DimensionAtom.WholeKey)), out var strides))
            {
                foreach (var stride in strides.ToList())
                {
                    Union(stride, new DimensionAtom(partner, stride.Key));
                }
            }
        }
    }

    private IEnumerable<ISymbol> AlignedWith(ISymbol root)
    {
        foreach (var (first, second) in _aligned)
        {
            if (SymbolEqualityComparer.Default.Equals(first, root))
            {
                yield return second;
            }
            else if (SymbolEqualityComparer.Default.Equals(second, root))
            {
                yield return first;
            }
        }
    }

    /// <summary>The representative of <paramref name="atom"/>'s class.</summary>
    public DimensionAtom Find(DimensionAtom atom)
    {
        if (!_parent.TryGetValue(atom, out var parent))
        {
            Version++;
            _parent[atom] = atom;
            return atom;
        }

        var steps = 0;
        while (!parent.Equals(atom) && steps++ < 1000)
        {
            atom = parent;
            parent = _parent[atom];
        }

        return atom;
    }

    /// <summary>The classes an atom set covers, whole-buffer atoms expanded, segmented axes split into their parts.</summary>
    public HashSet<DimensionAtom> Classes(IEnumerable<DimensionAtom> atoms)
    {
        var result = new HashSet<DimensionAtom>();
        foreach (var atom in atoms)
        {
            foreach (var expanded in Expand(atom))
            {
                var found = Find(expanded);
                var split = false;
                foreach (var segment in _segments)
                {
                    if (Find(segment.Axis).Equals(found))
                    {
                        result.Add(Find(segment.Within));
                        result.Add(Find(segment.Which));
                        split = true;
                    }
                }

                if (!split)
                {
                    result.Add(found);
                }
            }
        }

        return result;
    }

    private readonly List<(DimensionAtom Axis, DimensionAtom Within, DimensionAtom Which)> _segments = new();

    /// <summary>
    /// Declares that <paramref name="axis"/> is cut into segments by a data-dependent key (<c>destination[e]</c>):
    /// from then on the axis is two classes, "within one segment" and "which segment". A fold keyed by the segment
    /// (<c>sum[destination[e]] += w</c>) spans the first; a fold over every <c>e</c> spans both. Returns the
    /// within-segment atom.
    /// </summary>
    public DimensionAtom Segment(DimensionAtom axis, string key)
    {
        var within = new DimensionAtom(axis.Root, "seg:" + key + ":" + axis.Key);
        var which = new DimensionAtom(axis.Root, "which:" + key + ":" + axis.Key);
        Add(axis);
        Add(within);
        Add(which);
        if (!_segments.Any(segment => segment.Within.Equals(within)))
        {
            // y[e] = exp(x[e] - m[key[e]]) makes x's and y's walks one axis: cut by the same key, one set of parts.
            foreach (var segment in _segments.Where(segment => segment.Within.Key.StartsWith("seg:" + key + ":", System.StringComparison.Ordinal) && Find(segment.Axis).Equals(Find(axis))).ToList())
            {
                Union(within, segment.Within);
                Union(which, segment.Which);
            }

            _segments.Add((axis, within, which));
        }

        return within;
    }

    private IEnumerable<DimensionAtom> Expand(DimensionAtom atom)
    {
        if (atom.IsStridesFrom)
        {
            return ExpandStridesFrom(atom);
        }

        if (!atom.IsWhole)
        {
            return new[] { atom };
        }

        // A whole flat buffer is every stride seen for it, and for the buffers it is the same axis as.
        var strides = new HashSet<DimensionAtom>();
        if (_stridesByRoot.TryGetValue(RootKey(atom), out var own))
        {
            strides.UnionWith(own);
        }

        var wholeClass = Find(atom);
        foreach (var other in _parent.Keys.Where(candidate => candidate.IsWhole && Find(candidate).Equals(wholeClass)))
        {
            if (_stridesByRoot.TryGetValue(RootKey(other), out var linked))
            {
                strides.UnionWith(linked);
            }
        }

        if (strides.Count > 0)
        {
            // A buffer read through index lists: its whole also holds the elements no list names.
            if (strides.Any(stride => stride.IsGather))
            {
                strides.Add(new DimensionAtom(atom.Root, DimensionAtom.UngatheredKey));
            }

            return strides;
        }

        // Flat buffers only ever read element by element are vectors: their whole is their unit stride, and buffers
        // whose wholes are the same axis have the same unit stride.
        var unit = DimensionAtom.Stride(atom.Root, "1");
        Union(unit, atom);
        foreach (var other in _parent.Keys.Where(candidate => candidate.IsWhole && Find(candidate).Equals(wholeClass)).ToList())
        {
            Union(unit, DimensionAtom.Stride(other.Root, "1"));
        }

        return new[] { unit };
    }

    /// <summary>
    /// Declares stride <paramref name="coefficient"/> of every flat buffer whose whole is the same axis as
    /// <paramref name="whole"/>'s the same axis (<c>y[i] = exp(x[i] - m)</c> over whole buffers: a row key
    /// <c>i / cols</c> met on <c>y</c> names x's rows too). Returns <paramref name="whole"/>'s own stride atom.
    /// </summary>
    public DimensionAtom LinkStrideOfWholes(DimensionAtom whole, string coefficient)
    {
        var own = DimensionAtom.Stride(whole.Root, coefficient);
        Add(own);
        var wholeClass = Find(whole);
        foreach (var other in _parent.Keys.Where(candidate => candidate.IsWhole && Find(candidate).Equals(wholeClass)).ToList())
        {
            Union(own, DimensionAtom.Stride(other.Root, coefficient));
        }

        return own;
    }

    /// <summary>The stride an atom of <see cref="DimensionAtom.StridesFrom"/> names, and every stride seen for its buffer that is a multiple of it.</summary>
    private IEnumerable<DimensionAtom> ExpandStridesFrom(DimensionAtom atom)
    {
        var coefficient = atom.Key.Substring(DimensionAtom.StridesFromPrefix.Length);
        var result = new List<DimensionAtom> { DimensionAtom.Stride(atom.Root, coefficient) };
        if (_stridesByRoot.TryGetValue(RootKey(atom), out var own))
        {
            result.AddRange(own.Where(stride => IsMultiple(stride.Key.Substring(2), coefficient)));
        }

        return result;
    }

    /// <summary>
    /// True when the canonical product <paramref name="stride"/> (<c>axis*inner</c>, <c>12</c>, <c>4*cols</c>) is a
    /// multiple of <paramref name="of"/>: its symbols include those of <paramref name="of"/> and its number divides.
    /// </summary>
    internal static bool IsMultiple(string stride, string of)
    {
        var (number, symbols) = Factors(stride);
        var (ofNumber, ofSymbols) = Factors(of);
        if (number is null || ofNumber is null || ofNumber == 0 || number % ofNumber != 0)
        {
            return false;
        }

        foreach (var symbol in ofSymbols)
        {
            if (!symbols.Remove(symbol))
            {
                return false;
            }
        }

        return true;
    }

    private static (long? Number, List<string> Symbols) Factors(string product)
    {
        long number = 1;
        var symbols = new List<string>();
        foreach (var factor in product.Split('*'))
        {
            if (factor == "?")
            {
                return (null, symbols);
            }

            if (long.TryParse(factor, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                number *= value;
            }
            else
            {
                symbols.Add(factor);
            }
        }

        return (number, symbols);
    }

    private static string RootKey(DimensionAtom atom) => atom.Root.ToDisplayString() + "#" + atom.Root.Kind + "#" + (atom.Root.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1);
}
