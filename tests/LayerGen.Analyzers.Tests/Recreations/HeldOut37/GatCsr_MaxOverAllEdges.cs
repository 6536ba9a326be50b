// Idiom: GAT edge softmax, scores computed in one pass over every edge, then normalised per node through a span
// Layout: CSR (rowPtr/colIdx); per-node Span<float> slice of the edge buffer
// Bug (LG0001): the max is folded over every edge of the graph in the scoring pass, the sum per destination node
using System;

namespace HeldOut37.GatCsr_MaxOverAllEdges;

public static class GatLayer
{
    public static float[] EdgeSoftmax(int[] rowPtr, int[] colIdx, float[] srcScore, float[] dstScore, float negativeSlope)
    {
        int numNodes = rowPtr.Length - 1;
        var scores = new float[colIdx.Length];
        float top = float.NegativeInfinity;
        for (int i = 0; i < numNodes; i++)
        {
            for (int e = rowPtr[i]; e < rowPtr[i + 1]; e++)
            {
                float s = srcScore[colIdx[e]] + dstScore[i];
                scores[e] = s > 0f ? s : negativeSlope * s;
                top = MathF.Max(top, scores[e]); //~ LG0001
            }
        }

        for (int i = 0; i < numNodes; i++)
        {
            Span<float> incoming = scores.AsSpan(rowPtr[i], rowPtr[i + 1] - rowPtr[i]);
            float z = 0f;
            for (int k = 0; k < incoming.Length; k++)
            {
                incoming[k] = MathF.Exp(incoming[k] - top);
                z += incoming[k];
            }

            for (int k = 0; k < incoming.Length; k++)
            {
                incoming[k] /= z;
            }
        }

        return scores;
    }
}
