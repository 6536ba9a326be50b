using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A maximum whose folds read one buffer at two different values of a coordinate no loop it folds walks:
/// <c>peak = Math.Max(peak, Math.Max(z[r, c], z[r2, c]))</c>, <c>z[r + 1, c]</c> or <c>z[0, c]</c> beside <c>z[r, c]</c>
/// (also jagged, <c>z[r][c]</c> and <c>z[r2][c]</c>, and split over several folds of the same maximum). The fold walks
/// the columns of two rows: it spans the row dimension as well, as a loop <c>for (rr = r; rr &lt;= r2; rr++)</c> around
/// it would, and a row far below its neighbour underflows. The coordinate must move with a loop in one of the reads (two
/// constant slots are an unrolled axis, UnrolledMaxima.cs), and a coordinate walked by a loop the fold carries across
/// (<c>z[row + b]</c> and <c>z[row + b + 1]</c> of a step-2 walk) is the slice's own axis. Indices are compared by value
/// (<see cref="IndexValueText"/>): a copy of the row index (<c>int q = r</c>) reads the same row.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The part a maximum or sum <paramref name="target"/> (of <paramref name="kind"/>) adds when its folds read two rows
    /// of one buffer (see the type summary): the coordinates' dimensions, reported at the folds that read them; nothing
    /// otherwise. A sum reads them as the normaliser of a joint softmax over those rows (<c>total += p[r, c] + p[r + 1, c]</c>),
    /// so its slice agrees with a peak over the same rows, and a sum per row (<c>sa</c>, <c>sb</c>) stays narrower.
    /// </summary>
    private IEnumerable<Reduction> NeighbourSliceReads(
        ISymbol target, ReductionKind kind, IReadOnlyList<(IOperation Write, ReductionKind Kind, IOperation Value, IOperation Reported, IOperation? Target)> accumulations, List<IOperation> resets)
    {
        var reads = new List<(IOperation Write, IOperation Reported, IOperation Read, ISymbol Root, List<(DimensionAtom Atom, IOperation Index)> Coordinates, HashSet<IOperation> Folded)>();
        foreach (var fold in accumulations)
        {
            // Only the target's own folds: a copy of another accumulator (cur = next of a pipelined next-row peak) is
            // that one's slice, folded apart.
            if (Unwrap(fold.Value) is not { } value || !WritesTarget(fold.Write, target))
            {
                continue;
            }

            HashSet<IOperation>? folded = null;
            foreach (var node in value.DescendantsAndSelf())
            {
                if (node is IArrayElementReferenceOperation element && !IsArrayOfLevel(node.Parent) && ElementCoordinates(element) is var (root, coordinates))
                {
                    folded ??= CarriedLoops(target, fold.Write, resets);
                    reads.Add((fold.Write, fold.Reported, element, root, coordinates, folded));
                }
            }
        }

        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var reported = new List<IOperation>();
        IOperation? foreign = null;
        for (var first = 0; first < reads.Count; first++)
        {
            for (var second = first + 1; second < reads.Count; second++)
            {
                var (a, b) = (reads[first], reads[second]);
                if (!SymbolEqualityComparer.Default.Equals(a.Root, b.Root) || a.Coordinates.Count != b.Coordinates.Count || !FoldTogether(a.Write, b.Write, resets))
                {
                    continue;
                }

                for (var position = 0; position < a.Coordinates.Count; position++)
                {
                    var (atom, left) = a.Coordinates[position];
                    var right = b.Coordinates[position].Index;
                    if (!atom.Equals(b.Coordinates[position].Atom) || WalkedBy(left, a.Folded) || WalkedBy(right, b.Folded)
                        || !(MovesWithLoops(left) || MovesWithLoops(right)) || IndexValueText(left, 0) == IndexValueText(right, 0))
                    {
                        continue;
                    }

                    atoms = atoms.Add(atom);
                    foreign ??= b.Read;
                    foreach (var write in new[] { a.Reported, b.Reported })
                    {
                        if (!reported.Contains(write))
                        {
                            reported.Add(write);
                        }
                    }
                }
            }
        }

        if (atoms.IsEmpty || foreign is null)
        {
            yield break;
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        var folds = reported.ToImmutableArray();
        yield return new Reduction(kind, target.Name, atoms, folds, Eval(foreign).WithoutDims(), false, ImmutableHashSet<DimensionAtom>.Empty, isInline: false);
    }

    /// <summary>
    /// True when the folds <paramref name="first"/> and <paramref name="second"/> add to one value: the same fold, or one
    /// whose value reaches the other with no reset between. A pipelined next-row peak (<c>next</c> folded over row 0
    /// before the row loop, then reset and folded over row <c>r + 1</c> inside it) holds one row at a time.
    /// </summary>
    private bool FoldTogether(IOperation first, IOperation second, List<IOperation> resets) =>
        first == second || Flow.Reaches(first, second, resets) || Flow.Reaches(second, first, resets);

    /// <summary>
    /// True when <paramref name="write"/> assigns <paramref name="target"/> itself (<c>peak = …</c>, the assignment of an
    /// if-fold <c>if (v &gt; peak) peak = v;</c>), not another accumulator it is copied from.
    /// </summary>
    private static bool WritesTarget(IOperation write, ISymbol target) =>
        write.DescendantsAndSelf().Any(operation => operation switch
        {
            IAssignmentOperation { Target: var written } => References(written, target),
            IVariableDeclaratorOperation { Symbol: var declared } => SymbolEqualityComparer.Default.Equals(declared, target),
            _ => false,
        });

    /// <summary>True when <paramref name="operation"/> is an element access whose own element is a row read further (<c>z[r]</c> of <c>z[r][c]</c>).</summary>
    private static bool IsArrayOfLevel(IOperation? operation) => operation is IArrayElementReferenceOperation;

    /// <summary>
    /// The root buffer and, per coordinate, its dimension and index of a multi-dimensional element (<c>z[r, c]</c>: rank 0
    /// by r, rank 1 by c) or a jagged one read level by level (<c>z[r][c]</c>: depth 0 by r, depth 1 by c); null otherwise.
    /// </summary>
    private (ISymbol Root, List<(DimensionAtom Atom, IOperation Index)> Coordinates)? ElementCoordinates(IArrayElementReferenceOperation element)
    {
        var chain = new List<IArrayElementReferenceOperation>();
        for (IOperation? current = element; current is IArrayElementReferenceOperation level; current = Unwrap(level.ArrayReference))
        {
            chain.Insert(0, level);
        }

        if (chain.Count == 1 && element.Indices.Length > 1)
        {
            return EvalView(element.ArrayReference) is { Root: { } root, Layout: BufferLayout.Rectangular } view && view.Rank == element.Indices.Length
                ? (root, element.Indices.Select((index, position) => (DimensionAtom.Rank(root, position), index)).ToList())
                : null;
        }

        if (chain.Count < 2 || chain.Any(level => level.Indices.Length != 1))
        {
            return null;
        }

        var coordinates = new List<(DimensionAtom Atom, IOperation Index)>();
        ISymbol? jagged = null;
        foreach (var level in chain)
        {
            if (EvalView(level.ArrayReference) is not { Root: { } root, Layout: BufferLayout.Jagged } view || (jagged is not null && !SymbolEqualityComparer.Default.Equals(jagged, root)))
            {
                return null;
            }

            jagged = root;
            coordinates.Add((DimensionAtom.Depth(root, view.Consumed), level.Indices[0]));
        }

        return jagged is null ? null : (jagged, coordinates);
    }

    /// <summary>The loops around <paramref name="write"/> the maximum <paramref name="target"/> is carried across (not reset within).</summary>
    private HashSet<IOperation> CarriedLoops(ISymbol target, IOperation write, List<IOperation> resets)
    {
        var carried = new HashSet<IOperation>();
        IOperation? inner = null;
        foreach (var loop in EnclosingLoops(write))
        {
            if (CachedCarries(target, write, loop, inner, resets))
            {
                carried.Add(loop);
            }

            inner = loop;
        }

        return carried;
    }

    /// <summary>True when <paramref name="index"/> moves with one of <paramref name="loops"/> (directly or through locals written once).</summary>
    private bool WalkedBy(IOperation index, HashSet<IOperation> loops) =>
        Linear(index).Terms.Keys.Any(loops.Contains) || LoopsIn(index).Any(loops.Contains);
}
