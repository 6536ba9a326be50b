// Source: graph attention (GAT) layers in C# GNN code: attention scores e_ij over each node's neighbour list,
// alpha_ij = softmax_j(e_ij). Layout: jagged float[][] (ragged neighbour lists), softmax per node.
// Correct: per-node max via a local helper, empty lists skipped.
using System;

namespace LayerGen.Recreations.HeldOut5.GraphAttentionNeighbourListsNs;

public static class GraphAttentionNeighbourLists
{
    public static float[][] Coefficients(float[][] scores)
    {
        var alpha = new float[scores.Length][];
        for (int v = 0; v < scores.Length; v++)
        {
            float[] e = scores[v];
            alpha[v] = new float[e.Length];
            if (e.Length == 0) continue;
            float m = MaxOf(e);
            float s = 0f;
            for (int k = 0; k < e.Length; k++)
            {
                alpha[v][k] = MathF.Exp(e[k] - m);
                s += alpha[v][k];
            }
            for (int k = 0; k < e.Length; k++)
            {
                alpha[v][k] /= s;
            }
        }
        return alpha;
    }

    private static float MaxOf(float[] e)
    {
        float m = e[0];
        for (int k = 1; k < e.Length; k++)
        {
            if (e[k] > m) m = e[k];
        }
        return m;
    }
}
