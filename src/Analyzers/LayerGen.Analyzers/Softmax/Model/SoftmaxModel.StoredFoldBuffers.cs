using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One library call folding a whole buffer of stored per-slice folds: <c>rowMax[r] = m</c> per row, then
/// <c>rowMax.Max()</c> (or <c>rowMax.Aggregate(Math.Max)</c>). Each element is one row's maximum, so the call is the
/// maximum of every row: it folds what the stored folds folded plus the dimensions their elements vary over in the
/// loops that store them, as a running fold over the same buffer does (<c>shift = Math.Max(shift, rowMax[r])</c>,
/// NestedFolds.cs). An element read by itself (<c>rowMax[r]</c>) stays that one slice's fold.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// When <paramref name="receiver"/>, folded whole by <paramref name="call"/>, is a one-dimensional buffer whose elements
    /// are stored folds of <paramref name="kind"/>: the dimensions the call spans through them and their elements; else null.
    /// </summary>
    private (ImmutableHashSet<DimensionAtom> Atoms, ValueFacts Elements)? FoldOfStoredFolds(IOperation? receiver, ReductionKind kind, IOperation call)
    {
        var buffer = Unwrap(receiver);
        if (buffer?.Type is not (IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "List" })
            || VariableOf(buffer) is not { } root || root is IFieldSymbol or IPropertySymbol
            || TargetReduction(root, elementTarget: true, call) is not { } inner || inner.Kind != kind || inner.Atoms.IsEmpty
            || !FoldedElementReaches(root, call))
        {
            return null;
        }

        // The elements the stored folds read, by loop (also through the locals they fold), as NestedFold reads them.
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { root };
        foreach (var fold in inner.Folds)
        {
            dims = FoldedElementDims(fold, dims, visited, depth: 0);
        }

        // A loop around a store that the call is outside of gives one element per iteration: the call folds them all.
        var atoms = inner.Atoms;
        foreach (var write in ElementWritesInto(root))
        {
            foreach (var loop in EnclosingLoops(write.Operation))
            {
                if (!Contains(loop, call) && dims.TryGetValue(loop, out var walked))
                {
                    atoms = atoms.Union(walked);
                }
            }
        }

        return (atoms, inner.Elements);
    }
}
