// Re-creation (our own code) of the shape of multinomial-logit propensity scores for a multi-valued treatment
// (Imbens 2000; WeightIt/twang-style), exponentiating the linear predictors with a method group.
// Layout: IReadOnlyList<TreatedUnit2> records, Array.ConvertAll(eta, Math.Exp), Sum, division per unit.
// Bug (LG0003): Math.Exp of the raw linear predictors; with separation (large coefficients) they overflow to
// ∞ / ∞ = NaN propensities and weights.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public sealed record TreatedUnit2(double[] LinearPredictors, int Treatment);

public static class GeneralizedPropensityRawExp
{
    public static double[][] Propensities(IReadOnlyList<TreatedUnit2> units)
    {
        var propensity = new double[units.Count][];
        for (int i = 0; i < units.Count; i++)
        {
            double[] odds = Array.ConvertAll(units[i].LinearPredictors, Math.Exp); //~ LG0003
            double total = odds.Sum();
            for (int t = 0; t < odds.Length; t++)
                odds[t] /= total;
            propensity[i] = odds;
        }

        return propensity;
    }
}
