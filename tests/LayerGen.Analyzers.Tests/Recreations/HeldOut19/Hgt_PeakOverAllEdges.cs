// Source: Heterogeneous Graph Transformer (Hu et al. 2020; PyG `HGTConv`), the per-edge scores already formed and
// the edges given as three parallel index arrays.
// Layout: `int[]` source/target arrays, `double[]` scores, per-target sums in a `double[]`.
// Bug: LG0001 — one maximum over every edge of the graph, not over the incoming edges of each target node.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class HgtPeakOverAllEdges
{
    /// <summary>Scatter softmax of edge scores grouped by target node.</summary>
    public static double[] EdgeSoftmax(int[] target, double[] scores, int nodes)
    {
        double peak = double.NegativeInfinity;
        for (int e = 0; e < scores.Length; e++)
            peak = Math.Max(peak, scores[e]); //~ LG0001

        var sums = new double[nodes];
        var weights = new double[scores.Length];
        for (int e = 0; e < scores.Length; e++)
        {
            weights[e] = Math.Exp(scores[e] - peak);
            sums[target[e]] += weights[e];
        }

        for (int e = 0; e < scores.Length; e++) weights[e] /= sums[target[e]];
        return weights;
    }
}
