// Source: Set2Set graph readout (Vinyals et al. 2016; PyG `aggr.Set2SetAggregation`, Gilmer et al. 2017 MPNN
//   readout): e_n = x_n · q_{batch[n]}, a = softmax of e within each graph (scatter softmax by the batch vector),
//   r_g = sum of a_n x_n over the graph's nodes.
// Layout: node features double[nodes, dim] with a graph index per node; per-graph maxima and sums held in arrays
//   indexed by batch[n] (an indirect index), filled in the same pass as the scores.
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>One Set2Set attention step over a batch of graphs.</summary>
public static class Set2SetAttention
{
    /// <summary>Writes the node attention and returns the readout r [graphs, dim].</summary>
    public static double[,] Readout(double[,] x, int[] batch, double[,] q, int graphs, double[] attention)
    {
        int nodes = x.GetLength(0);
        int dim = x.GetLength(1);
        var e = new double[nodes];
        var graphMax = new double[graphs];
        Array.Fill(graphMax, double.NegativeInfinity);
        for (int n = 0; n < nodes; n++)
        {
            int b = batch[n];
            double s = 0.0;
            for (int d = 0; d < dim; d++)
            {
                s += x[n, d] * q[b, d];
            }

            e[n] = s;
            if (s > graphMax[b])
            {
                graphMax[b] = s;
            }
        }

        var graphSum = new double[graphs];
        for (int n = 0; n < nodes; n++)
        {
            attention[n] = Math.Exp(e[n] - graphMax[batch[n]]);
            graphSum[batch[n]] += attention[n];
        }

        var r = new double[graphs, dim];
        for (int n = 0; n < nodes; n++)
        {
            attention[n] /= graphSum[batch[n]];
            for (int d = 0; d < dim; d++)
            {
                r[batch[n], d] += attention[n] * x[n, d];
            }
        }

        return r;
    }
}
