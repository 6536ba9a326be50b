// Idiom: edge softmax over a COO edge list (src[e], dst[e]) with scatter-max and scatter-add into per-node buffers (PyG style)
// Layout: COO, edges in any order; per-node double[] maxima and sums indexed by dst[e]
// Correct
using System;

namespace HeldOut37.CooScatter_PerDestination;

public static class EdgeSoftmax
{
    public static double[] Forward(double[] logits, int[] src, int[] dst, int numNodes)
    {
        int numEdges = logits.Length;
        var nodeMax = new double[numNodes];
        Array.Fill(nodeMax, double.NegativeInfinity);
        for (int e = 0; e < numEdges; e++)
        {
            int v = dst[e];
            if (logits[e] > nodeMax[v])
            {
                nodeMax[v] = logits[e];
            }
        }

        var nodeSum = new double[numNodes];
        var alpha = new double[numEdges];
        for (int e = 0; e < numEdges; e++)
        {
            alpha[e] = Math.Exp(logits[e] - nodeMax[dst[e]]);
            nodeSum[dst[e]] += alpha[e];
        }

        for (int e = 0; e < numEdges; e++)
        {
            alpha[e] /= nodeSum[dst[e]];
        }

        return alpha;
    }
}
