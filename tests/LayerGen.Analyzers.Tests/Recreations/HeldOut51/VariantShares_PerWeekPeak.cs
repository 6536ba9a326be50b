// Idiom: variant (lineage) frequencies from a multinomial-logistic growth model: share_v(t) = exp(eta_v(t)) / Σ over the
// variants circulating that week, with float.Exp.
// Use: genomic surveillance, weekly variant proportions from the fitted linear predictor.
// Layout: float[weeks, variants] row-major (one week's shares along a row); out same shape.
// Correct: peak and total per week.
using System;

namespace HeldOut51.VariantShares_PerWeekPeak;

public static class VariantFrequencies
{
    public static float[,] Shares(float[,] eta)
    {
        int weeks = eta.GetLength(0);
        int variants = eta.GetLength(1);
        var share = new float[weeks, variants];
        for (int t = 0; t < weeks; t++)
        {
            float top = eta[t, 0];
            for (int v = 1; v < variants; v++)
            {
                if (eta[t, v] > top) top = eta[t, v];
            }

            float sum = 0f;
            for (int v = 0; v < variants; v++)
            {
                share[t, v] = float.Exp(eta[t, v] - top);
                sum += share[t, v];
            }

            for (int v = 0; v < variants; v++) share[t, v] /= sum;
        }

        return share;
    }
}
