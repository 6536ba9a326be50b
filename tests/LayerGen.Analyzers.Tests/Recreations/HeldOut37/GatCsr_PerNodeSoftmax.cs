// Idiom: GAT edge softmax per destination node, LeakyReLU(a_src·Wh_j + a_dst·Wh_i) scores, CSR adjacency
// Layout: CSR (rowPtr/colIdx), edges of node i at rowPtr[i]..rowPtr[i + 1]; per-edge float[] coefficients
// Correct
using System;

namespace HeldOut37.GatCsr_PerNodeSoftmax;

public static class GatLayer
{
    /// <summary>Attention coefficient of every edge j → i, normalised over the incoming edges of i.</summary>
    public static float[] EdgeSoftmax(int[] rowPtr, int[] colIdx, float[] srcScore, float[] dstScore, float negativeSlope)
    {
        int numNodes = rowPtr.Length - 1;
        var alpha = new float[colIdx.Length];
        for (int i = 0; i < numNodes; i++)
        {
            int start = rowPtr[i], end = rowPtr[i + 1];
            if (start == end)
            {
                continue;
            }

            float max = float.NegativeInfinity;
            for (int e = start; e < end; e++)
            {
                float s = srcScore[colIdx[e]] + dstScore[i];
                s = s > 0f ? s : negativeSlope * s;
                alpha[e] = s;
                if (s > max) max = s;
            }

            float sum = 0f;
            for (int e = start; e < end; e++)
            {
                alpha[e] = MathF.Exp(alpha[e] - max);
                sum += alpha[e];
            }

            for (int e = start; e < end; e++)
            {
                alpha[e] /= sum;
            }
        }

        return alpha;
    }
}
