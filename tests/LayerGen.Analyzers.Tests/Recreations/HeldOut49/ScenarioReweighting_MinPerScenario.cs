// Idiom: scenario reweighting exp(-lambda_k * v) over Monte Carlo scenarios for several stress views at once, the
// exposures held scenario-major as a risk engine exports them (one row per scenario, one column per view); own code.
// Layout: double[scenarios, views]; each view's softmin runs down its column over the scenarios.
// Label: LG0004 — the shift is the smallest lambda * v of each scenario's ROW (over the views), while the sum runs
// down each view's column (over the scenarios): the shift changes from term to term inside one distribution.
using System;

namespace HeldOut49.ScenarioReweighting_MinPerScenario;

public static class ScenarioTilts
{
    public static double[,] Reweight(double[,] exposure, double[] lambda)
    {
        int scenarios = exposure.GetLength(0);
        int views = exposure.GetLength(1);

        var floor = new double[scenarios];
        for (int s = 0; s < scenarios; s++)
        {
            floor[s] = double.PositiveInfinity;
            for (int k = 0; k < views; k++)
            {
                floor[s] = Math.Min(floor[s], lambda[k] * exposure[s, k]); //~ LG0004
            }
        }

        var prob = new double[scenarios, views];
        for (int k = 0; k < views; k++)
        {
            double total = 0.0;
            for (int s = 0; s < scenarios; s++)
            {
                prob[s, k] = Math.Exp(floor[s] - lambda[k] * exposure[s, k]);
                total += prob[s, k];
            }

            for (int s = 0; s < scenarios; s++)
            {
                prob[s, k] /= total;
            }
        }

        return prob;
    }
}
