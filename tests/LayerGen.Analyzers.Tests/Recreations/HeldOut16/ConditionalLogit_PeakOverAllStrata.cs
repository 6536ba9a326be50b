// Source: conditional logistic regression for matched case-control strata (Breslow & Day 1980; R survival::clogit):
// the case probability is a softmax of the linear predictors over the members of one stratum.
// Layout: flat double[] linear predictors with CSR stratum offsets int[strata + 1] walked by while loops; the
// "overflow guard" peak is LINQ Max over every subject of every stratum.
// Bug: LG0001 (one peak over all strata, subtracted inside each stratum).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut16.ConditionalLogit_PeakOverAllStrata;

public static class MatchedCaseControl
{
    /// <summary>Probability of each subject being its stratum's case.</summary>
    public static double[] CaseProbabilities(double[] eta, int[] stratumStart)
    {
        var probability = new double[eta.Length];
        double top = eta.Max(); //~ LG0001
        int s = 0;
        while (s < stratumStart.Length - 1)
        {
            int begin = stratumStart[s], end = stratumStart[s + 1];
            double z = 0;
            int i = begin;
            while (i < end)
            {
                probability[i] = Math.Exp(eta[i] - top);
                z += probability[i];
                i++;
            }
            for (i = begin; i < end; i++) probability[i] /= z;
            s++;
        }
        return probability;
    }
}
