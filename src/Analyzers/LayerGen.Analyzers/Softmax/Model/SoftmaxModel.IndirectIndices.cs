using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Indirect indices: a position computed from an entry of a lookup table. The element reached moves with the lookup's
/// own index, whatever arithmetic surrounds the entry: <c>cache[table[t / bs] * bs + t % bs]</c> (a paged KV cache:
/// the block a sequence's block table names, at an offset within it), <c>x[rows[r][j] * cols + c]</c>,
/// <c>score[colIdx[k]]</c> over one CSR row's positions <c>k</c> from <c>rowPtr[r]</c> to <c>rowPtr[r + 1]</c>. When a
/// loop picks the table (one block table per sequence, one CSR row's segment of the column list), the reads are a
/// gather (Gathers.cs): a subset of the buffer per pick, which a fold over the whole buffer spans with the rest.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How deep a gathered entry may sit in an index: locals written once and arithmetic around the entry.</summary>
    private const int MaxIndirectionDepth = 4;

    /// <summary>
    /// The buffer of index lists a flat index gathers through: its entry itself (<c>x[idx[g][j]]</c>,
    /// <c>score[colIdx[k]]</c>, Gathers.cs), or an entry scaled to a block with an offset within it
    /// (<see cref="BlockGatherListRoot"/>); else null.
    /// </summary>
    private ISymbol? IndexGatherRoot(IOperation? index) => GatherListRoot(index) ?? BlockGatherListRoot(index, depth: 0, scaled: false);

    /// <summary>
    /// The picked index list whose entry, scaled to a block, places <paramref name="index"/>:
    /// <c>table[t / bs] * bs + t % bs</c> (a paged cache: the block a sequence's table names, a slot in it),
    /// <c>rows[b][i] * cols + c</c>. Every loop of such an index walks the gathered blocks. An entry added unscaled to
    /// other terms (<c>row + a</c> for <c>foreach (int a in legal[s])</c>) is a coordinate within the row the other
    /// terms pick: an index walk (IndexWalks.cs), not a gather.
    /// </summary>
    private ISymbol? BlockGatherListRoot(IOperation? index, int depth, bool scaled)
    {
        index = Unwrap(index);
        if (index is null || depth > MaxIndirectionDepth)
        {
            return null;
        }

        if (scaled && GatherListRoot(index, segments: false) is { } lists)
        {
            return lists;
        }

        return index switch
        {
            ILocalReferenceOperation { Local: var local } when Induction(local, index) is null && ForEachOf(local) is null
                && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value =>
                BlockGatherListRoot(value, depth + 1, scaled),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum when IsIndexType(sum.Type) =>
                BlockGatherListRoot(sum.LeftOperand, depth + 1, scaled) ?? BlockGatherListRoot(sum.RightOperand, depth + 1, scaled),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when IsIndexType(product.Type)
                && Linear(product.LeftOperand).IsLoopFree != Linear(product.RightOperand).IsLoopFree =>
                BlockGatherListRoot(product.LeftOperand, depth + 1, scaled: true) ?? BlockGatherListRoot(product.RightOperand, depth + 1, scaled: true),
            _ => null,
        };
    }

    /// <summary>
    /// The root of a flat index list read at a position a loop picks a segment of: <c>colIdx[k]</c> for
    /// <c>k</c> from <c>rowPtr[r]</c> to <c>rowPtr[r + 1]</c> (one CSR row's columns), <c>idx[g * n + i]</c> (group g's
    /// entries). The position has a unit-stride term (the walk within the segment) and another loop's term (the loop
    /// that picks it). A list walked whole by one loop (<c>perm[j]</c>) is not picked: it may name every element.
    /// </summary>
    private ISymbol? SegmentPickedListRoot(IOperation list, IOperation position)
    {
        var index = Linear(position);
        return index.Terms.Count > 1 && index.Terms.Values.Contains(Stride.One) ? VariableOf(Unwrap(list)) : null;
    }

    /// <summary>True when an index moves with a loop: directly, through locals written once (<c>int at = q * k + j</c>), or as a walked key.</summary>
    private bool MovesWithLoops(IOperation index) => Linear(index).Terms.Count > 0 || LoopsIn(index).Count > 0;

    /// <summary>
    /// The loops a table entry moves with: those of the table it reads (<c>tables[s]</c>), those its indices move with,
    /// through locals written once (<c>candidates[at]</c> with <c>int at = q * k + j</c>: q and j), and the walks over
    /// its keys (<see cref="KeyWalksIn"/>).
    /// </summary>
    private List<IOperation> LookupLoops(IOperation lookup)
    {
        var loops = LoopsIn(lookup);
        var indices = lookup switch
        {
            IArrayElementReferenceOperation element => element.Indices.AsEnumerable(),
            IPropertyReferenceOperation indexer => IndexerIndexValues(indexer),
            _ when OneIndexRead(lookup) is var (_, index, _) => new[] { index },
            _ => Enumerable.Empty<IOperation>(),
        };
        foreach (var loop in indices.SelectMany(index => Linear(index).Terms.Keys).Concat(KeyWalksIn(lookup)))
        {
            if (!loops.Contains(loop))
            {
                loops.Add(loop);
            }
        }

        return loops;
    }

    /// <summary>
    /// The <c>foreach</c> walks whose elements key a table read: <c>offsets[name]</c> in <c>foreach (string name in
    /// names)</c>, <c>starts[kv.Key]</c> in a walk over a dictionary. The entry read is one per element the walk visits, so
    /// it moves with that walk like <c>starts[g]</c> moves with a loop over g (an index walk over integers is a loop
    /// variable already).
    /// </summary>
    private List<IOperation> KeyWalksIn(IOperation lookup)
    {
        var walks = new List<IOperation>();
        foreach (var argument in lookup.ChildOperations)
        {
            if (argument == (lookup as IPropertyReferenceOperation)?.Instance || argument == (lookup as IArrayElementReferenceOperation)?.ArrayReference)
            {
                continue;
            }

            foreach (var node in argument.DescendantsAndSelf())
            {
                if (node is ILocalReferenceOperation { Local: var local } && ForEachOf(local) is { } walk && !walks.Contains(walk))
                {
                    walks.Add(walk);
                }
            }
        }

        return walks;
    }
}
