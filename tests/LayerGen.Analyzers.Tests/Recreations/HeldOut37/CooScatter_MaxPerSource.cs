// Idiom: edge softmax over a list of edge records, scatter-max and scatter-add into per-node arrays
// Layout: COO as List<Edge> records (Src, Dst, Score) in any order
// Bug (LG0004): the max is scattered by the source node, the sum by the destination node
using System;
using System.Collections.Generic;

namespace HeldOut37.CooScatter_MaxPerSource;

public sealed record Edge(int Src, int Dst, double Score);

public static class EdgeSoftmax
{
    public static double[] Forward(IReadOnlyList<Edge> edges, int numNodes)
    {
        var nodeMax = new double[numNodes];
        Array.Fill(nodeMax, double.NegativeInfinity);
        foreach (var edge in edges)
        {
            nodeMax[edge.Src] = Math.Max(nodeMax[edge.Src], edge.Score); //~ LG0004
        }

        var nodeSum = new double[numNodes];
        var alpha = new double[edges.Count];
        for (int e = 0; e < edges.Count; e++)
        {
            alpha[e] = Math.Exp(edges[e].Score - nodeMax[edges[e].Src]);
            nodeSum[edges[e].Dst] += alpha[e];
        }

        for (int e = 0; e < edges.Count; e++)
        {
            alpha[e] /= nodeSum[edges[e].Dst];
        }

        return alpha;
    }
}
