// Source: KGAT knowledge graph attention (Wang et al. 2019): softmax of the triplet scores over each head entity's
// triplets.
// Layout: CSR, ragged groups (int[] headOffsets into a flat float[] of edge scores); while loop over heads; the peak
// taken once with LINQ.
// Bug: LG0001, the shift is the peak over every edge of the graph, not the peak of the head's own triplets.
using System;
using System.Linq;

namespace HeldOut24.KgatGraphPeak;

/// <summary>Knowledge-aware attention, one graph-wide peak.</summary>
public static class GraphAttention
{
    /// <summary>Softmax of the edge scores within each head entity's group.</summary>
    public static float[] EdgeAttention(float[] edgeScores, int[] headOffsets)
    {
        float peak = edgeScores.Max(); //~ LG0001
        var attention = new float[edgeScores.Length];
        int h = 0;
        while (h + 1 < headOffsets.Length)
        {
            int start = headOffsets[h], end = headOffsets[h + 1];
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

            h++;
        }

        return attention;
    }
}
