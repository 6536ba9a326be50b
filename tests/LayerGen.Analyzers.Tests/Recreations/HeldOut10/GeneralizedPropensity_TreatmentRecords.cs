// Re-creation (our own code) of the shape of multi-valued treatment propensity scores and inverse-probability
// weights (Imbens 2000, the generalized propensity score; multinomial-logit propensities as in causal-inference
// packages such as WeightIt/twang): e(t | x) = exp(η_t) / Σ_s exp(η_s), weight = 1 / e(T_i | x_i).
// Layout: IReadOnlyList<TreatedUnit> records with a double[] of linear predictors per unit; LINQ Max per unit;
// propensities to double[][], weights returned.
// Correct: each unit's linear predictors are shifted by their own maximum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public sealed record TreatedUnit(double[] LinearPredictors, int Treatment);

public static class GeneralizedPropensityTreatmentRecords
{
    public static double[] InverseProbabilityWeights(IReadOnlyList<TreatedUnit> units, double[][] propensity)
    {
        var weights = new double[units.Count];
        for (int i = 0; i < units.Count; i++)
        {
            double[] eta = units[i].LinearPredictors;
            double top = eta.Max();
            double denominator = 0.0;
            for (int t = 0; t < eta.Length; t++)
            {
                propensity[i][t] = Math.Exp(eta[t] - top);
                denominator += propensity[i][t];
            }

            for (int t = 0; t < eta.Length; t++)
                propensity[i][t] /= denominator;

            weights[i] = 1.0 / propensity[i][units[i].Treatment];
        }

        return weights;
    }
}
