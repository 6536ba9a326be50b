// Source: conditional logistic regression for matched case-control strata (Breslow & Day 1980; R survival::clogit,
// statsmodels ConditionalLogit): within a stratum the probability that member i is the case is
// exp(x_i·β) / Σ_{j in stratum} exp(x_j·β).
// Layout: IReadOnlyList of record Subject(Stratum, Covariates); linear predictors computed in the method (LINQ Select
// of a dot product); strata found with Enumerable.Range(...).GroupBy, peak by LINQ Max over the group's indices.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut16.ConditionalLogit_MatchedStrata;

public sealed record Subject(int Stratum, double[] Covariates);

public static class MatchedCaseControl
{
    /// <summary>Probability of each subject being its stratum's case, aligned with <paramref name="subjects"/>.</summary>
    public static double[] CaseProbabilities(IReadOnlyList<Subject> subjects, double[] beta)
    {
        double[] eta = subjects.Select(s => Dot(s.Covariates, beta)).ToArray();
        var probability = new double[subjects.Count];
        foreach (IGrouping<int, int> stratum in Enumerable.Range(0, subjects.Count).GroupBy(i => subjects[i].Stratum))
        {
            double top = stratum.Max(i => eta[i]);
            double z = 0;
            foreach (int i in stratum)
            {
                probability[i] = Math.Exp(eta[i] - top);
                z += probability[i];
            }
            foreach (int i in stratum) probability[i] /= z;
        }
        return probability;
    }

    private static double Dot(double[] x, double[] beta)
    {
        double s = 0;
        for (int k = 0; k < x.Length; k++) s += x[k] * beta[k];
        return s;
    }
}
