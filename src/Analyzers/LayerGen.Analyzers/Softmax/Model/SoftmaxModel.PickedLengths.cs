using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Picked lengths: the length of one buffer of several, picked by a loop around a walk (<c>batch[r].Logits.Length</c>,
/// <c>n = batch[r].Logits.Length</c>, <c>logits.Length</c> with <c>logits = batch[r].Logits</c>, <c>req.Logits.Length</c>
/// of <c>foreach (var req in batch)</c>), bounds that pick's slot of another flat buffer, not the whole of it: a pooled
/// buffer holding one slot per request at running offsets (<c>pool[offsets[r] + i]</c> for <c>i &lt; n</c>) is walked
/// one request's slot at a time. The length of the walked buffer itself keeps its whole-buffer reading.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="instance"/> (whose length bounds <paramref name="loop"/>) is another buffer than
    /// <paramref name="root"/> and moves with a loop around <paramref name="loop"/>: one pick's length.
    /// </summary>
    private bool IsPickedLengthOfAnotherBuffer(IOperation instance, IOperation loop, ISymbol? root)
    {
        if (root is null || EvalView(instance) is { Root: { } own } && SymbolEqualityComparer.Default.Equals(own, root))
        {
            return false;
        }

        return PickingLoops(instance, depth: 0).Any(outer => outer != loop && Contains(outer, loop));
    }

    /// <summary>
    /// The loops <paramref name="operation"/> moves with: the loop variables it reads, the <c>foreach</c> walks whose
    /// elements it reads, and those of the locals written once it reads (through their definitions).
    /// </summary>
    private List<IOperation> PickingLoops(IOperation operation, int depth)
    {
        var loops = new List<IOperation>();
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (node is not (ILocalReferenceOperation or IParameterReferenceOperation))
            {
                continue;
            }

            if (InductionLoop(VariableOf(node), node) is { } induction)
            {
                loops.Add(induction);
            }
            else if (node is ILocalReferenceOperation { Local: var local } && ForEachOf(local) is { } walk)
            {
                loops.Add(walk);
            }
            else if (node is ILocalReferenceOperation { Local: var defined } && depth < MaxAliasDepth && WritesOf(defined) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value)
            {
                loops.AddRange(PickingLoops(value, depth + 1));
            }
        }

        return loops;
    }
}
