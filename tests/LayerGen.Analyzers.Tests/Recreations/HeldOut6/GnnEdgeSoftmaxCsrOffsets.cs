// Source: graph attention edge softmax (ooples/AiDotNet src/NeuralNetworks/Layers/GraphAttentionLayer.cs;
// the DGL/HET "edge softmax per destination node" loop nest), re-created on a CSR edge list.
// Layout: edge scores grouped by destination node; offsets[v]..offsets[v + 1] are the incoming edges of v.
// Correct: max, sum and division all run over one node's incoming edges.
using System;

namespace HeldOut6.GnnEdgeSoftmaxCsrOffsets;

public static class EdgeSoftmaxCsr
{
    public static void Normalize(float[] edgeScores, int[] offsets, float[] attention)
    {
        int nodes = offsets.Length - 1;
        for (int v = 0; v < nodes; v++)
        {
            int begin = offsets[v];
            int end = offsets[v + 1];
            if (begin == end)
            {
                continue;
            }

            float peak = float.NegativeInfinity;
            for (int e = begin; e < end; e++)
            {
                peak = Math.Max(peak, edgeScores[e]);
            }

            float denominator = 0f;
            for (int e = begin; e < end; e++)
            {
                float w = MathF.Exp(edgeScores[e] - peak);
                attention[e] = w;
                denominator += w;
            }

            for (int e = begin; e < end; e++)
            {
                attention[e] /= denominator;
            }
        }
    }
}
