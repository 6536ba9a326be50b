// Source: global attention readout of a graph batch (Li et al. 2016; PyG `AttentionalAggregation`), a port that
// scatters the max but not the sum.
// Layout: flat double[] node gates + int[] batch (graph id per node); per-graph maxima by scatter, one scalar sum
// over all nodes.
// Bug LG0002: the denominator sums the gates of every graph in the batch, not the node's own graph.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class GlobalAttentionPool_SumOverBatch
{
    public static void Attention(double[] gate, int[] batch, int graphs, double[] attention)
    {
        var graphMax = new double[graphs];
        Array.Fill(graphMax, double.NegativeInfinity);
        for (int n = 0; n < gate.Length; n++)
            if (gate[n] > graphMax[batch[n]]) graphMax[batch[n]] = gate[n];

        double sum = 0;
        for (int n = 0; n < gate.Length; n++)
        {
            attention[n] = Math.Exp(gate[n] - graphMax[batch[n]]);
            sum += attention[n]; //~ LG0002
        }
        for (int n = 0; n < gate.Length; n++)
            attention[n] /= sum;
    }
}
