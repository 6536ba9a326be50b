// Re-creation (our own code) of the shape of a two-level nested logit's probabilities (econometrics: Train,
// "Discrete Choice Methods with Simulation", ch. 4; the Biogeme/pylogit nested-logit formula).
// Layout: alternatives grouped by nest in CSR form, nest m owns utility[nestStart[m] .. nestStart[m + 1]), double;
// P(j | m) = exp(V_j / λ_m) / Σ_{k∈m} exp(V_k / λ_m) per segment, and the inclusive value IV_m = log Σ exp(V / λ_m).
// Correct: each nest shifts by its own segment maximum (the inclusive value adds it back).
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class NestedLogitNestSegments
{
    public static void ConditionalProbabilities(
        double[] utility, int[] nestStart, double[] lambda, double[] conditional, double[] inclusiveValue)
    {
        for (int m = 0; m + 1 < nestStart.Length; m++)
        {
            int start = nestStart[m];
            int end = nestStart[m + 1];
            double scale = 1.0 / lambda[m];

            double peak = double.NegativeInfinity;
            for (int j = start; j < end; j++)
                peak = Math.Max(peak, utility[j] * scale);

            double denominator = 0.0;
            for (int j = start; j < end; j++)
            {
                conditional[j] = Math.Exp(utility[j] * scale - peak);
                denominator += conditional[j];
            }

            for (int j = start; j < end; j++)
                conditional[j] /= denominator;

            inclusiveValue[m] = peak + Math.Log(denominator);
        }
    }
}
