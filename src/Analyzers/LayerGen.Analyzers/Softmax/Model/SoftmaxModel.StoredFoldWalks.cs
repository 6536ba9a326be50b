using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A walk over a buffer of stored per-slice folds: <c>rowMax[r] = m</c> (or <c>rowMax[r] = Math.Max(rowMax[r], v)</c>)
/// per row r, then <c>shift = Math.Max(shift, rowMax[q])</c> over q, <c>foreach (var v in rowMax)</c> or
/// <c>rowMax.Max()</c>. Each element is one row's fold, so a loop that walks the buffer's elements walks the rows the
/// stores were keyed by: a fold carried across it spans every row (the peak of the batch), and one reset per element
/// (<c>rowMax[r]</c> read in row r) spans its own row only.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// For a read <paramref name="read"/> of the fold buffer <paramref name="buffer"/>: each loop in which the read walks
    /// the buffer's elements, mapped to the atoms the store loops (the loops the stores' indices vary over) give the
    /// elements <paramref name="stored"/> folds (also in <paramref name="foldedDims"/>); empty when the read walks no element or a store is keyed by no loop.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> StoredFoldWalkDims(
        ISymbol buffer, IOperation read, Reduction stored, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> foldedDims)
    {
        foldedDims = ValueFacts.MergeDims(foldedDims, StoredFoldElementDims(stored, buffer));
        var result = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();

        // Per store loop: the buffer atoms its index walks and the atoms it gives the folded elements.
        var keys = new List<(ImmutableHashSet<DimensionAtom> BufferAtoms, ImmutableHashSet<DimensionAtom> Folded)>();
        foreach (var write in ElementWritesInto(buffer))
        {
            foreach (var key in ElementDims(write.Target))
            {
                if (foldedDims.TryGetValue(key.Key, out var atoms))
                {
                    keys.Add((key.Value, atoms));
                }
            }
        }

        var whole = DimensionAtom.Whole(buffer);
        foreach (var walked in Eval(read).Dims)
        {
            // The walk's loop reads the buffer along the atoms some store loops key it by (partialMax[s * heads + h]
            // read over h: the stores' h, not their s); a walk of the whole buffer reads along every key.
            var bufferAtoms = walked.Value.Where(atom => SymbolEqualityComparer.Default.Equals(atom.Root.OriginalDefinition, buffer.OriginalDefinition)).ToImmutableHashSet();
            var keyAtoms = ImmutableHashSet<DimensionAtom>.Empty;
            foreach (var (storeAtoms, folded) in keys)
            {
                if (storeAtoms.Overlaps(bufferAtoms) || bufferAtoms.Contains(whole) && keys.All(key => key.BufferAtoms.SetEquals(keys[0].BufferAtoms)))
                {
                    keyAtoms = keyAtoms.Union(folded);
                }
            }

            if (!keyAtoms.IsEmpty)
            {
                result = ValueFacts.MergeDims(result, ValueFacts.DimsOf(walked.Key, keyAtoms));
                LinkStoredFoldAxis(bufferAtoms, keyAtoms);
            }
        }

        return result;
    }

    /// <summary>
    /// The buffer's axis a walk of stored folds reads is the axis the stores were keyed along (rowMax's one axis is x's
    /// row axis): one class, so the walk's fold spans the site's own rows, not an axis of another buffer.
    /// </summary>
    private void LinkStoredFoldAxis(IEnumerable<DimensionAtom> bufferAtoms, ImmutableHashSet<DimensionAtom> keyAtoms)
    {
        if (keyAtoms.Count != 1)
        {
            return;
        }

        foreach (var atom in bufferAtoms)
        {
            Classes.Union(atom, keyAtoms.First());
        }
    }

    /// <summary>
    /// The dimensions (loop → atoms) of what a fold reads: its element reads and the locals it folds
    /// (<see cref="FoldedElementDims"/>), and the variables of the <c>foreach</c> loops it folds (<c>m = Max(m, v)</c> over
    /// <c>foreach (var v in x[r])</c>).
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> StoredFoldElementDims(Reduction stored, ISymbol buffer)
    {
        var folded = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { buffer };
        foreach (var fold in stored.Folds)
        {
            folded = FoldedElementDims(fold, folded, visited, depth: 0);
            foreach (var walked in fold.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
            {
                if (ForEachOf(walked.Local) is not null)
                {
                    folded = ValueFacts.MergeDims(folded, Eval(walked).Dims);
                }
            }
        }

        return folded;
    }

    /// <summary>
    /// For a fold of the whole buffer <paramref name="view"/> (<c>rowMax.Max()</c>) whose every store (but constant
    /// resets) is a fold of <paramref name="kind"/> kept per slice: what those folds span plus the atoms their store
    /// loops give their folded elements (every row); null for a buffer of data, a slice of one, or a store keyed by no loop.
    /// </summary>
    private ImmutableHashSet<DimensionAtom>? StoredFoldBufferAtoms(BufferView view, ReductionKind kind)
    {
        if (view is not { Root: { } buffer, FlatOffset: null, Elements: null, Source: null } || !view.FixedDims.IsEmpty || view.Layout is not (BufferLayout.Flat or BufferLayout.Rectangular))
        {
            return null;
        }

        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var keyed = false;
        foreach (var write in ElementWritesInto(buffer))
        {
            if (write.Value is { } value && Unwrap(value)!.ConstantValue.HasValue)
            {
                // rowMax[r] = double.NegativeInfinity: the seed of the element's fold.
                continue;
            }

            if (write.Value is null || ReductionAt(write.Target, write.Operation) is not { } stored || stored.Kind != kind || stored.Atoms.IsEmpty)
            {
                return null;
            }

            var folded = StoredFoldElementDims(stored, buffer);
            atoms = atoms.Union(stored.Atoms);
            foreach (var key in ElementDims(write.Target))
            {
                if (folded.TryGetValue(key.Key, out var keyAtoms))
                {
                    atoms = atoms.Union(keyAtoms);
                    LinkStoredFoldAxis(key.Value, keyAtoms);
                    keyed = true;
                }
            }
        }

        return keyed ? atoms : null;
    }
}
