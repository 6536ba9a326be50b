// Idiom: segment softmax over graph neighbours given by CSR offsets (GAT edge softmax; scatter-softmax ports).
// Use: attention coefficients of a node's incoming edges. Layout: double[] edge scores + int[] offsets.
// Bug (LG0001): the max is declared above the node loop and never restarted at a segment start ("any upper bound is a
// safe shift"), so it is a running max over this and every earlier segment; a low segment after a high one gets 0/0.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Segment softmax whose max carries from one segment into the next.</summary>
public static class SegmentCarriedMax
{
    /// <summary>Writes alpha[e] = softmax of scores over the CSR segment that owns edge e.</summary>
    public static void Coefficients(double[] scores, int[] offsets, double[] alpha)
    {
        double peak = double.NegativeInfinity;
        for (int n = 0; n + 1 < offsets.Length; n++)
        {
            int start = offsets[n], end = offsets[n + 1];
            for (int e = start; e < end; e++)
            {
                peak = Math.Max(peak, scores[e]); //~ LG0001
            }

            double total = 0.0;
            for (int e = start; e < end; e++)
            {
                alpha[e] = Math.Exp(scores[e] - peak);
                total += alpha[e];
            }

            for (int e = start; e < end; e++)
            {
                alpha[e] /= total;
            }
        }
    }
}
