// Source: edge-list GAT / message-passing code (scatter-softmax over incoming edges of each destination node).
// Layout: Edge[] (record struct with destination and score); softmax per destination node, sums in denom[dst].
// Bug (LG0003): exp of the raw edge score, no per-destination max subtracted.
using System;

namespace LayerGen.Recreations.HeldOut5.GraphAttentionEdgeListRawExpNs;

public readonly record struct Edge(int Destination, float Score);

public static class GraphAttentionEdgeListRawExp
{
    public static float[] ScatterSoftmax(Edge[] edges, int nodes)
    {
        var denom = new float[nodes];
        var alpha = new float[edges.Length];
        for (int k = 0; k < edges.Length; k++)
        {
            alpha[k] = MathF.Exp(edges[k].Score); //~ LG0003
            denom[edges[k].Destination] += alpha[k];
        }
        for (int k = 0; k < edges.Length; k++)
        {
            alpha[k] /= denom[edges[k].Destination];
        }
        return alpha;
    }
}
