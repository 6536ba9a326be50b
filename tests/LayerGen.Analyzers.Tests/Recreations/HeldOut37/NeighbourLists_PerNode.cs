// Idiom: message passing with attention over each node's neighbour list, score = a_src·h_j + a_dst·h_i precomputed per node
// Layout: List<int>[] neighbours (incoming), double[][] weights aligned with each neighbour list
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut37.NeighbourLists_PerNode;

public static class NeighbourAttention
{
    public static double[][] Weights(List<int>[] neighbours, double[] srcTerm, double[] dstTerm)
    {
        var weights = new double[neighbours.Length][];
        for (int v = 0; v < neighbours.Length; v++)
        {
            List<int> nb = neighbours[v];
            var w = new double[nb.Count];
            double m = double.MinValue;
            for (int k = 0; k < nb.Count; k++)
            {
                w[k] = srcTerm[nb[k]] + dstTerm[v];
                if (w[k] > m) m = w[k];
            }

            double z = 0;
            for (int k = 0; k < nb.Count; k++)
            {
                w[k] = Math.Exp(w[k] - m);
                z += w[k];
            }

            for (int k = 0; k < nb.Count; k++)
            {
                w[k] /= z;
            }

            weights[v] = w;
        }

        return weights;
    }
}
