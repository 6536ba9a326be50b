// Source: KGAT knowledge graph attention network (Wang et al. 2019): the attention of triplet (h, r, t) is
// pi = (W_r e_t)^T tanh(W_r e_h + e_r), normalised by a softmax over all triplets of the same head entity h.
// Layout: CSR, ragged groups: int[] headOffsets (heads + 1 entries) into a flat float[] of edge scores sorted by head.
// Correct.
using System;

namespace HeldOut24.Kgat;

/// <summary>Knowledge-aware attention over each head entity's triplets.</summary>
public static class KnowledgeAttention
{
    /// <summary>Softmax of the edge scores within each head entity's group of triplets.</summary>
    public static float[] EdgeAttention(float[] edgeScores, int[] headOffsets)
    {
        var attention = new float[edgeScores.Length];
        for (int h = 0; h + 1 < headOffsets.Length; h++)
        {
            int start = headOffsets[h], end = headOffsets[h + 1];
            if (start == end)
            {
                continue;
            }

            float peak = edgeScores[start];
            for (int e = start + 1; e < end; e++)
            {
                peak = MathF.Max(peak, edgeScores[e]);
            }

            float denominator = 0f;
            for (int e = start; e < end; e++)
            {
                attention[e] = MathF.Exp(edgeScores[e] - peak);
                denominator += attention[e];
            }

            for (int e = start; e < end; e++)
            {
                attention[e] /= denominator;
            }
        }

        return attention;
    }
}
