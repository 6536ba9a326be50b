using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A running maximum seeded with an element of the buffer it folds and walked from the next element: <c>float m =
/// x[r * n]; for (int j = 1; j &lt; n; j++) m = Math.Max(m, x[r * n + j]);</c> (also <c>x[r, 0]</c>, <c>row[0]</c>,
/// <c>a[start]</c> in an inlined range helper) is the maximum over the slice: the seed is the slice's first element.
/// A seed read at a position that does not follow a loop the folded elements follow (<c>float m = x[0];</c> inside the
/// row loop r, the fold reading row r) is an element of another slice (row 0 for every r): the maximum then spans that
/// loop's dimension as well, and a row far below row 0 gives 0/0. Such a seed is one part of the reduction, folding the
/// dimensions the folded elements vary in along that loop, and is reported where it is written.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// For each reset of the maximum <paramref name="target"/> that reads an element of a buffer its folds read, the
    /// part it adds when it reads that element at a position independent of a loop enclosing it that the folded
    /// elements vary along (see the type summary); empty for a seed of the folded slice, or any other reset.
    /// </summary>
    private IEnumerable<Reduction> ForeignSeeds(ISymbol target, ReductionScan scan, IReadOnlyList<(IOperation Write, ReductionKind Kind, IOperation Value, IOperation Reported, IOperation? Target)> accumulations)
    {
        foreach (var definition in scan.Definitions)
        {
            if (definition.Value is not { } value || Unwrap(value) is not { } seed || ReadElement(seed) is null || RootOf(seed) is not { } root)
            {
                continue;
            }

            var seedDims = Eval(seed).Dims;
            var atoms = ImmutableHashSet<DimensionAtom>.Empty;
            foreach (var loop in EnclosingLoops(definition.Write))
            {
                if (seedDims.ContainsKey(loop))
                {
                    continue;
                }

                foreach (var fold in accumulations)
                {
                    if (Unwrap(fold.Value) is { } folded && ReadElement(folded) is not null && SymbolEqualityComparer.Default.Equals(RootOf(folded), root)
                        && Eval(folded).Dims.TryGetValue(loop, out var foldAtoms))
                    {
                        atoms = atoms.Union(foldAtoms);
                    }
                }
            }

            if (!atoms.IsEmpty)
            {
                var folds = ImmutableArray.Create(definition.Write);
                yield return new Reduction(ReductionKind.Max, target.Name, atoms, folds, Eval(seed), false, ImmutableHashSet<DimensionAtom>.Empty, isInline: false,
                    parts: ImmutableArray.Create(new ReductionPart(atoms, folds, IsSeed: true, IsForeignSeed: true)));
            }
        }
    }
}
