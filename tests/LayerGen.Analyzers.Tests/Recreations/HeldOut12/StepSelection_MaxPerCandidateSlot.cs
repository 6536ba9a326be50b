// Source: integrated step-selection functions (Fortin et al. 2005; `amt` wide format): within each stratum,
// P(step) ∝ exp(β · x). Layout: candidate-major jagged double[candidates][strata] linear predictors (one column per
// stratum, as exported from a wide data frame); peaks kept per candidate slot.
// Bug: LG0004 — the max runs over strata for each candidate slot while the sum runs over candidates in each stratum.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class StepSelection_MaxPerCandidateSlot
{
    public static double[][] StepProbabilities(double[][] eta)
    {
        int candidates = eta.Length, strata = eta[0].Length;
        var slotPeak = new double[candidates];
        for (int i = 0; i < candidates; i++)
        {
            slotPeak[i] = eta[i][0];
            for (int s = 1; s < strata; s++)
            {
                slotPeak[i] = Math.Max(slotPeak[i], eta[i][s]); //~ LG0004
            }
        }

        var p = new double[candidates][];
        for (int i = 0; i < candidates; i++)
        {
            p[i] = new double[strata];
        }

        for (int s = 0; s < strata; s++)
        {
            double z = 0.0;
            for (int i = 0; i < candidates; i++)
            {
                p[i][s] = Math.Exp(eta[i][s] - slotPeak[i]);
                z += p[i][s];
            }

            for (int i = 0; i < candidates; i++)
            {
                p[i][s] /= z;
            }
        }

        return p;
    }
}
