// Idiom: Bayesian-model-averaging weights of a climate-model ensemble from BIC, per variable: w_m = exp(−½(BIC_m −
// BIC_min)) / Σ, the minimum BIC and the total per variable; LINQ Min/Select and an Aggregate for the total.
// Use: weighting CMIP-style ensemble members separately for each variable (tas, pr, psl, ...).
// Layout: IReadOnlyDictionary<string, double[]> variable → BIC per model; Dictionary<string, double[]> out.
// Inspired by: the R helper `BMAweight_bic` (BIC − min(BIC), exp(−0.5·Δ), divide by the sum) found by the code search;
// own code.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut51.BmaVariables_PerVariableWeights;

public static class EnsembleWeights
{
    public static Dictionary<string, double[]> PerVariable(IReadOnlyDictionary<string, double[]> bicByVariable)
    {
        var result = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, double[]> entry in bicByVariable)
        {
            double[] bic = entry.Value;
            double best = bic.Min();
            double[] w = bic.Select(b => Math.Exp(-0.5 * (b - best))).ToArray();
            double total = w.Aggregate(0.0, (acc, v) => acc + v);
            result[entry.Key] = w.Select(v => v / total).ToArray();
        }

        return result;
    }
}
