// Source: Soft MoE slot weights (Puigcerver et al. 2024, "From Sparse to Soft Mixtures of Experts"; google-research
// vmoe `soft_router`): logits[m, p] = x_m . phi_p; dispatch D = softmax over the tokens (axis 0, per slot),
// combine C = softmax over the slots (axis 1, per token).
// Layout: double[tokens, slots]; a per-slot peak array for the column softmax, a scalar peak per token row.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class SoftMoe_DispatchCombine
{
    public static void Weights(double[,] logits, double[,] dispatch, double[,] combine)
    {
        int m = logits.GetLength(0);
        int p = logits.GetLength(1);

        var slotPeak = new double[p];
        for (int s = 0; s < p; s++)
        {
            slotPeak[s] = logits[0, s];
            for (int t = 1; t < m; t++)
                slotPeak[s] = Math.Max(slotPeak[s], logits[t, s]);
        }
        for (int s = 0; s < p; s++)
        {
            double denominator = 0;
            for (int t = 0; t < m; t++)
            {
                dispatch[t, s] = Math.Exp(logits[t, s] - slotPeak[s]);
                denominator += dispatch[t, s];
            }
            for (int t = 0; t < m; t++)
                dispatch[t, s] /= denominator;
        }

        for (int t = 0; t < m; t++)
        {
            double peak = double.NegativeInfinity;
            for (int s = 0; s < p; s++)
                peak = logits[t, s] > peak ? logits[t, s] : peak;
            double denominator = 0;
            for (int s = 0; s < p; s++)
                denominator += combine[t, s] = Math.Exp(logits[t, s] - peak);
            double inverse = 1.0 / denominator;
            for (int s = 0; s < p; s++)
                combine[t, s] *= inverse;
        }
    }
}
