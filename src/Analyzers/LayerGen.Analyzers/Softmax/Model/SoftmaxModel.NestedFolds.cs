using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A fold of folds: <c>shared = MathF.Max(shared, local)</c> where <c>local</c> is itself a max (a row's, a chunk's,
/// a thread's), or <c>total += rowSum</c>. The outer fold spans what the inner one folded plus the dimensions the
/// inner fold's elements vary over in every loop the outer fold carries across (a <c>Parallel.For</c> lambda over
/// rows, a row loop): a maximum of per-row maxima, kept across rows, is the maximum of the batch.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// When <paramref name="value"/> (what is folded into <paramref name="target"/>) is a fold of the same kind kept in
    /// another variable: that fold, and the dimensions of its own folded elements (loop → atoms); null otherwise.
    /// </summary>
    private (Reduction Inner, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> Dims)? NestedFold(ISymbol target, ReductionKind kind, IOperation value)
    {
        // float t = rowSum; total += t: the temporary stands for the fold it copies.
        if (VariableOf(value) is ILocalSymbol copy && WritesOf(copy) is { Count: 1 } copies && copies[0].Operation is IVariableDeclaratorOperation
            && copies[0].Value is { } copied && VariableOf(copied) is ILocalSymbol)
        {
            value = Unwrap(copied)!;
        }

        if (VariableOf(value) is not ILocalSymbol inner || SymbolEqualityComparer.Default.Equals(inner, target) || !IsAccumulator(inner)
            || ReductionAt(value, value) is not { } reduction || reduction.Kind != kind || reduction.Atoms.IsEmpty)
        {
            return null;
        }

        // The elements the inner fold reads, where they are read (its own loop, or a local function it was moved to).
        var dims = ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>>.Empty;
        foreach (var fold in reduction.Folds)
        {
            foreach (var read in fold.DescendantsAndSelf())
            {
                if (IsElementAccess(read))
                {
                    dims = ValueFacts.MergeDims(dims, Eval(read).Dims);
                }
            }
        }

        return (reduction, dims);
    }
}
