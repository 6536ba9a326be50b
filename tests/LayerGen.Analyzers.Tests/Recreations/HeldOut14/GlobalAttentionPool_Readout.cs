// Source: global attention readout of a graph batch (Li et al. 2016 gated graph networks; PyG `AttentionalAggregation`
// with `softmax(gate, index)`): node gates are normalised over the nodes of their own graph, given by the batch vector.
// Layout: flat double[] node gates + int[] batch (graph id per node); scatter max and scatter sum into per-graph
// arrays sized by the graph count; the readout is the gate-weighted node feature sum.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class GlobalAttentionPool_Readout
{
    public static double[] Readout(double[] gate, double[] feature, int[] batch, int graphs, double[] attention)
    {
        var graphMax = new double[graphs];
        Array.Fill(graphMax, double.NegativeInfinity);
        for (int n = 0; n < gate.Length; n++)
            graphMax[batch[n]] = Math.Max(graphMax[batch[n]], gate[n]);

        var graphSum = new double[graphs];
        for (int n = 0; n < gate.Length; n++)
        {
            attention[n] = Math.Exp(gate[n] - graphMax[batch[n]]);
            graphSum[batch[n]] += attention[n];
        }

        var pooled = new double[graphs];
        for (int n = 0; n < gate.Length; n++)
        {
            attention[n] /= graphSum[batch[n]];
            pooled[batch[n]] += attention[n] * feature[n];
        }
        return pooled;
    }
}
