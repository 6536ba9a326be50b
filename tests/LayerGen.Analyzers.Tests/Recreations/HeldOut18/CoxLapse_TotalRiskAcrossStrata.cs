// Source: stratified Cox proportional-hazards model of policy lapse (R `survival::coxph` strata, lifelines
// `CoxPHFitter(strata=...)`): Breslow risk-set weights exp(eta_i) / sum over the stratum's risk set.
// Layout: `List<Policy>` of a mutable `struct Policy { Stratum; Eta; }`, per-stratum peaks in a
// `Dictionary<int, double>`, weights in a `double[]` aligned with the list.
// Bug (LG0002): the shift is per stratum, but the normaliser sums the risk of every policy in the portfolio, so
// each stratum's weights sum to its share of the book instead of 1.
using System;
using System.Collections.Generic;

namespace HeldOut18.CoxLapse_TotalRiskAcrossStrata;

public struct Policy
{
    public int Stratum;
    public double Eta;
}

public static class CoxLapse
{
    public static double[] RiskSetWeights(List<Policy> policies)
    {
        var peak = new Dictionary<int, double>();
        foreach (Policy p in policies)
        {
            peak[p.Stratum] = peak.TryGetValue(p.Stratum, out double m) ? Math.Max(m, p.Eta) : p.Eta;
        }

        var risk = new double[policies.Count];
        double totalRisk = 0.0;
        for (int i = 0; i < policies.Count; i++)
        {
            risk[i] = Math.Exp(policies[i].Eta - peak[policies[i].Stratum]);
            totalRisk += risk[i]; //~ LG0002
        }

        for (int i = 0; i < risk.Length; i++)
        {
            risk[i] /= totalRisk;
        }

        return risk;
    }
}
