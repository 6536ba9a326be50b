// Source: scatter-style edge softmax over a COO edge list (the HET rgat_attn "exp, per-dst attn_sum, divide"
// loops; AiDotNet GraphAttentionLayer's attention coefficients), re-created with a per-destination denominator array.
// Layout: edges in any order, destination[e] names the node whose incoming edges form one softmax.
// Bug LG0001: the shift is one maximum over every edge of the graph, not over each destination's edges.
using System;

namespace HeldOut6.GnnEdgeSoftmaxGlobalEdgeMax;

public static class EdgeSoftmaxScatter
{
    public static void Normalize(double[] edgeScores, int[] destination, int nodeCount, double[] attention)
    {
        double shift = double.MinValue;
        for (int e = 0; e < edgeScores.Length; e++)
        {
            if (edgeScores[e] > shift) shift = edgeScores[e]; //~ LG0001
        }

        var denominators = new double[nodeCount];
        for (int e = 0; e < edgeScores.Length; e++)
        {
            double w = Math.Exp(edgeScores[e] - shift);
            attention[e] = w;
            denominators[destination[e]] += w;
        }

        for (int e = 0; e < edgeScores.Length; e++)
        {
            attention[e] /= denominators[destination[e]];
        }
    }
}
