// HeldOut15 — ExternalAttention_DoubleNormalisation
// Source: external attention (Guo et al. 2021, "Beyond Self-attention"; MenghaoGuo/EANet,
// xmu-xiaoma666/External-Attention-pytorch `ExternalAttention`): attn = F·M_kᵀ is softmaxed over the
// tokens (dim 1) and then ℓ1-normalised over the memory units (dim 2).
// Layout: scores double[tokens, units] (token-major); the softmax runs down each unit's column.
// Correct: per-unit column peaks and column sums (arrays indexed by unit), then the row ℓ1 pass.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class ExternalAttention_DoubleNormalisation
{
    /// <summary>Column softmax over tokens, then ℓ1 normalisation over units, of a [tokens, units] map.</summary>
    public static double[,] Normalise(double[,] scores)
    {
        int tokens = scores.GetLength(0), units = scores.GetLength(1);
        var colPeak = new double[units];
        var colSum = new double[units];
        Array.Fill(colPeak, double.NegativeInfinity);
        for (int n = 0; n < tokens; n++)
            for (int s = 0; s < units; s++)
                if (scores[n, s] > colPeak[s]) colPeak[s] = scores[n, s];

        var attn = new double[tokens, units];
        for (int n = 0; n < tokens; n++)
            for (int s = 0; s < units; s++)
            {
                attn[n, s] = Math.Exp(scores[n, s] - colPeak[s]);
                colSum[s] += attn[n, s];
            }

        for (int n = 0; n < tokens; n++)
        {
            double l1 = 0;
            for (int s = 0; s < units; s++)
            {
                attn[n, s] /= colSum[s];
                l1 += attn[n, s];
            }
            for (int s = 0; s < units; s++) attn[n, s] /= l1;
        }
        return attn;
    }
}
