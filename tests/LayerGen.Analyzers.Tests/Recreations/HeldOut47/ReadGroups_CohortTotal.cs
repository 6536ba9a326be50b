// Idiom: per-sample read-group weights, each sample shifted by its own best read group; the exps kept per sample in a
// dictionary, then normalised.
// Layout: Dictionary<string, double[]> sample name -> read-group scores; `foreach` over Values and KeyValuePairs;
// Math.Exp.
// Bug LG0002: `cohort` sums the exps of every sample's read groups, so each sample is divided by the cohort total
// instead of its own sum.
using System;
using System.Collections.Generic;

namespace HeldOut47.ReadGroups_CohortTotal;

public static class CohortWeights
{
    public static Dictionary<string, double[]> Normalise(Dictionary<string, double[]> groupScores)
    {
        var weights = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, double[]> entry in groupScores)
        {
            double[] s = entry.Value;
            double best = double.NegativeInfinity;
            foreach (double v in s)
            {
                best = Math.Max(best, v);
            }

            var w = new double[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                w[i] = Math.Exp(s[i] - best);
            }

            weights[entry.Key] = w;
        }

        double cohort = 0.0;
        foreach (double[] w in weights.Values)
        {
            foreach (double x in w)
            {
                cohort += x; //~ LG0002
            }
        }

        foreach (double[] w in weights.Values)
        {
            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= cohort;
            }
        }

        return weights;
    }
}
