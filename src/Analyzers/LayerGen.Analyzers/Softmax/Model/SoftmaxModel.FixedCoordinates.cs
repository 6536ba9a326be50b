using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Fixed coordinates of a softmax: the dimensions its exps read at an index no loop moves. <c>exp(x[s * labels + l, 2] - m)</c>
/// normalises column 2 of x's rows: the column is a coordinate of the slice, held at one value, like a batch
/// variable held at one row. A maximum that also folds that dimension (every column) spans more than the slice.
/// Read from the exps' element accesses (array elements and a tensor type's multi-index indexer), directly or through locals written once (<c>float v = x[r][2]</c>). A gather
/// (<c>rating[players[i]]</c>, Gathers.cs) holds out the elements no list names the same way.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxFixedCoordinateDepth = 2;

    /// <summary>The dimensions the exponents of <paramref name="exps"/> read at loop-free indices.</summary>
    private ImmutableHashSet<DimensionAtom> FixedCoordinates(IEnumerable<IOperation> exps)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var exp in exps)
        {
            if (ExpOperand(exp) is { } exponent)
            {
                atoms = atoms.Union(FixedCoordinatesIn(exponent, depth: 0));
            }
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        return atoms;
    }

    private ImmutableHashSet<DimensionAtom> FixedCoordinatesIn(IOperation operation, int depth)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (UngatheredOf(node) is { } ungathered)
            {
                atoms = atoms.Add(ungathered);
                continue;
            }

            switch (node)
            {
                case IArrayElementReferenceOperation element when EvalView(element.ArrayReference) is { Root: { } root } view:
                    if (view.Layout == BufferLayout.Rectangular && element.Indices.Length == view.Rank)
                    {
                        for (var position = 0; position < element.Indices.Length; position++)
                        {
                            if (IsFixedIndex(element.Indices[position]))
                            {
                                atoms = atoms.Add(DimensionAtom.Rank(root, position));
                            }
                        }
                    }
                    else if (view.Layout == BufferLayout.Jagged && element.Indices.Length == 1 && IsFixedIndex(element.Indices[0]))
                    {
                        atoms = atoms.Add(DimensionAtom.Depth(root, view.Consumed));
                    }

                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } indexer
                    when UserIndexerElement(indexer) is null && EvalView(instance) is { Root: { } tensor, Layout: BufferLayout.Rectangular } && IndexerIndexValues(indexer) is { Count: > 1 } indices:
                    // output[0, c, y, x] of a tensor type read through its multi-index indexer (TensorCopies.cs): the
                    // batch coordinate 0 is held, as x[0, c, y, x] of a float[,,,] is.
                    for (var position = 0; position < indices.Count; position++)
                    {
                        if (IsFixedIndex(indices[position]))
                        {
                            atoms = atoms.Add(DimensionAtom.Rank(tensor, position));
                        }
                    }

                    break;
                case ILocalReferenceOperation { Local: var local } when depth < MaxFixedCoordinateDepth && ForEachOf(local) is null
                    && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value:
                    atoms = atoms.Union(FixedCoordinatesIn(value, depth + 1));
                    break;
            }
        }

        return atoms;
    }

    /// <summary>An index no loop moves and that names one position: a constant, a parameter, a field, a size.</summary>
    private bool IsFixedIndex(IOperation index) => Linear(index) is { IsLoopFree: true } && LoopsIn(index).Count == 0;
}
