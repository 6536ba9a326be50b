using System.Collections.Immutable;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sequence made over an index range: <c>Enumerable.Range(0, n).Select(j =&gt; x[i, j])</c>, or rows
/// <c>Enumerable.Range(0, rows).Select(r =&gt; Enumerable.Range(0, cols).Select(c =&gt; a[r, c]).ToArray())</c>. The range
/// has no buffer of its own, but its lambda's index walks what the lambda reads with it: one walk over the sequence
/// walks those dimensions (a's columns for the inner one, a's rows for the outer one), as a walk over
/// <c>x.Select(…)</c> walks x's.
/// </summary>
internal sealed partial class BufferView
{
    /// <summary>The dimensions the lambda over an index range reads with its index; empty for any other sequence.</summary>
    private ImmutableHashSet<DimensionAtom> IndexRangeAtoms()
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        if (ElementLoop is not { } loop || Source is not { Layout: BufferLayout.Sequence, Root: null, Source: null, Elements: null, ElementRow: null })
        {
            return atoms;
        }

        if (Elements is not null && Elements.Dims.TryGetValue(loop, out var read))
        {
            atoms = atoms.Union(read);
        }

        if (ElementRow is { } row)
        {
            // A row the lambda makes for each index: the dimensions it picks with that index.
            if (row.FixedDims.TryGetValue(loop, out var picked))
            {
                atoms = atoms.Union(picked);
            }

            if (row.Elements is not null && row.Elements.Dims.TryGetValue(loop, out var rowRead))
            {
                atoms = atoms.Union(rowRead);
            }
        }

        return atoms;
    }
}
