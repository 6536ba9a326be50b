// Source: H2O heavy-hitter KV-cache eviction (Zhang et al. 2023; FMInference/H2O), a decode step's per-head
//   attention written slot by slot: the author keeps a per-slot peak (as for the per-slot heavy-hitter scores) and
//   uses it as the shift of every head's softmax over the slots.
// Layout: double[heads, capacity] with `filled` valid slots; slotPeak[t] folds over the heads; each head's sum runs
//   over the slots.
// Bug: LG0004 (peak over heads, sum over slots).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>H2O decode-step attention with per-slot peaks.</summary>
public static class H2oSlotPeaks
{
    /// <summary>Returns the probabilities [heads, filled] and adds them to <paramref name="accumulated"/>.</summary>
    public static double[,] Step(double[,] scores, int filled, double[] accumulated)
    {
        int heads = scores.GetLength(0);
        var slotPeak = new double[filled];
        for (int t = 0; t < filled; t++)
        {
            slotPeak[t] = double.NegativeInfinity;
            for (int h = 0; h < heads; h++)
            {
                slotPeak[t] = Math.Max(slotPeak[t], scores[h, t]); //~ LG0004
            }
        }

        var probs = new double[heads, filled];
        for (int h = 0; h < heads; h++)
        {
            double z = 0.0;
            for (int t = 0; t < filled; t++)
            {
                probs[h, t] = Math.Exp(scores[h, t] - slotPeak[t]);
                z += probs[h, t];
            }

            for (int t = 0; t < filled; t++)
            {
                probs[h, t] /= z;
                accumulated[t] += probs[h, t];
            }
        }

        return probs;
    }
}
