using System.Collections.Generic;
using System.Linq;

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

    /// <summary>Records that <paramref name="atom"/> exists (so a whole-buffer atom can expand to it).</summary>
    public void Add(DimensionAtom atom)
    {
        if (!_parent.ContainsKey(atom))
        {
            _parent[atom] = atom;
        }

        if (!atom.IsWhole && atom.Key.StartsWith("s:", System.StringComparison.Ordinal))
        {
            var key = RootKey(atom);
            if (!_stridesByRoot.TryGetValue(key, out var set))
            {
                set = new HashSet<DimensionAtom>();
                _stridesByRoot[key] = set;
            }

            set.Add(atom);
        }
    }

    /// <summary>Declares two atoms the same axis.</summary>
    public void Union(DimensionAtom first, DimensionAtom second)
    {
        Add(first);
        Add(second);
        var a = Find(first);
        var b = Find(second);
        if (!a.Equals(b))
        {
            _parent[a] = b;
        }
    }

    /// <summary>The representative of <paramref name="atom"/>'s class.</summary>
    public DimensionAtom Find(DimensionAtom atom)
    {
        if (!_parent.TryGetValue(atom, out var parent))
        {
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

    /// <summary>The classes an atom set covers, whole-buffer atoms expanded.</summary>
    public HashSet<DimensionAtom> Classes(IEnumerable<DimensionAtom> atoms)
    {
        var result = new HashSet<DimensionAtom>();
        foreach (var atom in atoms)
        {
            foreach (var expanded in Expand(atom))
            {
                result.Add(Find(expanded));
            }
        }

        return result;
    }

    private IEnumerable<DimensionAtom> Expand(DimensionAtom atom)
    {
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

    private static string RootKey(DimensionAtom atom) => atom.Root.ToDisplayString() + "#" + atom.Root.Kind + "#" + (atom.Root.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1);
}
