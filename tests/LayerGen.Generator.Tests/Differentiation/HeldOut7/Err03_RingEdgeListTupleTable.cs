// Message passing over an edge list kept as a static readonly array of (from, to) tuples and walked with a
// deconstructing foreach, as PyG's edge_index is often ported to C#. Constant tables must be int/float/double
// arrays (docs/custom-layers.md): a tuple table and a deconstructing foreach are outside the subset.
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(6)]
public partial class RingEdgeListTupleTable
{
    static readonly (int From, int To)[] Edges = { (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0) };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> messages = stackalloc double[6];
        messages.Clear();
        foreach (var (from, to) in Edges) //~ LG11
            messages[to] += x[from];
        for (int i = 0; i < 6; i++) y[i] = Math.Tanh(x[i] + 0.5 * messages[i]);
    }
}
