using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Sibling buffers (HeldOut19's <c>FlashDecoding_PeakOverHeads</c>): two flat buffers written at the same index in one
/// loop body (<c>partialMax[s * heads + h] = m; partialSum[s * heads + h] = l;</c>) hold one record per position, so
/// their strides are the same data axes. A later fold that reads both at one index
/// (<c>total += partialSum[s * heads + h] * exp(partialMax[s * heads + h] - peak)</c>) then spans one axis of the
/// softmax, not an axis of each buffer that no exp varies along.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Unites the strides of flat buffers written at one index in one loop body, stride by stride.</summary>
    private void LinkSiblingWrites()
    {
        var byLoop = new Dictionary<IOperation, List<(ISymbol Root, LinearIndex Index, IOperation Target)>>();
        var loops = new List<IOperation>();
        foreach (var write in _elementWrites)
        {
            if (write.Value is null || EnclosingLoop(write.Operation) is not { } loop || FlatIndexOf(write.Target) is not var (root, index)
                || index.IsLoopFree || index.Terms.Values.Any(stride => stride.Equals(Stride.Unknown)))
            {
                continue;
            }

            if (!byLoop.TryGetValue(loop, out var writes))
            {
                byLoop[loop] = writes = new List<(ISymbol, LinearIndex, IOperation)>();
                loops.Add(loop);
            }

            writes.Add((root, index, write.Target));
        }

        foreach (var loop in loops)
        {
            var writes = byLoop[loop];
            for (var first = 0; first < writes.Count; first++)
            {
                for (var second = first + 1; second < writes.Count; second++)
                {
                    if (!SymbolEqualityComparer.Default.Equals(writes[first].Root, writes[second].Root) && SameIndex(writes[first].Index, writes[second].Index))
                    {
                        LinkStrideByStride(ElementDims(writes[first].Target), ElementDims(writes[second].Target));
                    }
                }
            }
        }
    }

    private void LinkStrideByStride(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> first,
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> second)
    {
        foreach (var pair in first)
        {
            if (second.TryGetValue(pair.Key, out var other) && SameKeys(pair.Value, other))
            {
                foreach (var atom in pair.Value)
                {
                    Classes.Union(atom, other.First(match => match.Key == atom.Key));
                }
            }
        }
    }

    /// <summary>True when two linear indices step the same loops by the same strides from the same constant.</summary>
    private static bool SameIndex(LinearIndex first, LinearIndex second) =>
        first.Terms.Count == second.Terms.Count && first.Constant?.Text == second.Constant?.Text
        && first.Terms.All(term => second.Terms.TryGetValue(term.Key, out var stride) && stride.Equals(term.Value));
}
