using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A whole fold stored into an element keyed by the loop around it (<c>rowMax[i] = TensorPrimitives.Max(row i)</c>,
/// <c>peaks[r] = x[r].Max()</c>): each iteration keeps its own value in its own slot, so a read after that loop
/// (in the next pass over the same rows) reads that row's fold, not a stale one of the last row. The same loops an
/// accumulated element fold is keyed by (<see cref="AccumulationFold"/>), for one-call definitions.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The loops that pick the element <paramref name="write"/> stores into (or appends, once per iteration); empty for a variable or an unkeyed element.</summary>
    private HashSet<IOperation> DefinitionKeyLoops(ReductionScan scan, IOperation write)
    {
        var keys = new HashSet<IOperation>();
        foreach (var (operation, _, elementReference) in scan.Writes)
        {
            if (operation == write && elementReference is not null)
            {
                var flatKeys = FlatKeys(elementReference);
                keys.UnionWith(ElementDims(elementReference).Keys.Where(loop => !flatKeys.ContainsKey(loop)));
                keys.UnionWith(flatKeys.Values.SelectMany(key => key.SlotLoops));
            }
        }

        // peaks.Add(row.Max()) in foreach (var row in rows): the i-th append is element i of the loop (AppendKeys.cs).
        keys.UnionWith(AppendKeyLoops(write));

        return keys;
    }
}
