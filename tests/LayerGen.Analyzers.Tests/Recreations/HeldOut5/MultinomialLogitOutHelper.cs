// Source: discrete-choice (multinomial logit) models in C# econometrics / transport-demand code: choice probability
// P_j = exp(V_j) / Σ exp(V_k) over alternatives. Layout: 1-D double[] utilities for one decision maker (per row).
// Correct: a helper returns the max utility (and its alternative through an out parameter) and it is subtracted.
using System;

namespace LayerGen.Recreations.HeldOut5.MultinomialLogitOutHelperNs;

public static class MultinomialLogitOutHelper
{
    public static double[] ChoiceProbabilities(double[] utilities, out int mostLikely)
    {
        double vmax = MaxUtility(utilities, out mostLikely);
        var p = new double[utilities.Length];
        double denom = 0.0;
        for (int j = 0; j < utilities.Length; j++)
        {
            p[j] = Math.Exp(utilities[j] - vmax);
            denom += p[j];
        }
        for (int j = 0; j < utilities.Length; j++) p[j] /= denom;
        return p;
    }

    private static double MaxUtility(double[] v, out int index)
    {
        index = 0;
        for (int j = 1; j < v.Length; j++)
        {
            if (v[j] > v[index]) index = j;
        }
        return v[index];
    }
}
