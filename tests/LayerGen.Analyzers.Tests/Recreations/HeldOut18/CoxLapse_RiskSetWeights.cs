// Source: stratified Cox proportional-hazards model of policy lapse (actuarial persistency studies; the partial
// likelihood and Breslow risk-set weights of R `survival::coxph` / lifelines `CoxPHFitter`): in a stratum's full
// risk set, policy i carries weight exp(eta_i) / sum_j exp(eta_j), eta = beta . x.
// Layout: `IReadOnlyList<Policy>` of `sealed record Policy(int Stratum, double Duration, bool Lapsed,
// double[] Covariates)`, LINQ `GroupBy` into strata, members ordered by duration, a reverse loop that builds the
// nested risk sets for the partial log-likelihood; weights written into a `double[]` aligned with the list.
// Correct: each stratum shifts by its own largest eta; the running at-risk sum of the reverse loop ends as the
// whole stratum's sum, which is what the first-event risk-set weights divide by.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut18.CoxLapse_RiskSetWeights;

public sealed record Policy(int Stratum, double Duration, bool Lapsed, double[] Covariates);

public static class CoxLapse
{
    /// <summary>Writes the first-event risk-set weights and returns the stratified partial log-likelihood.</summary>
    public static double RiskSetWeights(IReadOnlyList<Policy> policies, double[] beta, double[] weights)
    {
        var eta = new double[policies.Count];
        for (int i = 0; i < policies.Count; i++)
        {
            double dot = 0.0;
            for (int k = 0; k < beta.Length; k++)
            {
                dot += beta[k] * policies[i].Covariates[k];
            }

            eta[i] = dot;
        }

        double partialLogLik = 0.0;
        foreach (var stratum in Enumerable.Range(0, policies.Count).GroupBy(i => policies[i].Stratum))
        {
            int[] members = stratum.OrderBy(i => policies[i].Duration).ToArray();
            double peak = members.Max(i => eta[i]);

            double atRisk = 0.0;
            for (int r = members.Length - 1; r >= 0; r--)
            {
                int i = members[r];
                atRisk += Math.Exp(eta[i] - peak);
                if (policies[i].Lapsed)
                {
                    partialLogLik += eta[i] - peak - Math.Log(atRisk);
                }
            }

            foreach (int i in members)
            {
                weights[i] = Math.Exp(eta[i] - peak) / atRisk;
            }
        }

        return partialLogLik;
    }
}
