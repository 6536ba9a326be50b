// Source: Soft MoE dispatch weights (Puigcerver et al. 2024; google-research vmoe `soft_router`): D = softmax of
// logits[m, p] over the tokens (axis 0), one distribution per slot.
// Layout: double[tokens, slots], column softmax; the per-slot peak is right, but the denominator is declared once
// above the slot loop and divided at the end of each slot.
// Bug LG0002: the denominator keeps growing over every earlier slot (never reset per column).
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class SoftMoe_DispatchTotalOverSlots
{
    public static void Dispatch(double[,] logits, double[,] dispatch)
    {
        int m = logits.GetLength(0);
        int p = logits.GetLength(1);
        double denominator = 0;
        for (int s = 0; s < p; s++)
        {
            double peak = logits[0, s];
            for (int t = 1; t < m; t++)
                if (logits[t, s] > peak) peak = logits[t, s];
            for (int t = 0; t < m; t++)
            {
                dispatch[t, s] = Math.Exp(logits[t, s] - peak);
                denominator += dispatch[t, s]; //~ LG0002
            }
            for (int t = 0; t < m; t++)
                dispatch[t, s] /= denominator;
        }
    }
}
