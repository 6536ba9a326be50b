// Chinese restaurant process Gibbs sweep with scratch buffers hoisted out of the point loop "to avoid allocations".
// Layout: double[points, tables + 1] log predictive likelihoods (last column = new table), probabilities double[points, tables + 1].
// Bug (LG0002): the maximum is recomputed per point, but the normalising mass is declared with the scratch above the point
// loop and never reset, so every later point is divided by the mass of all the points before it too.
using System;

namespace HeldOut32;

/// <summary>CRP table probabilities with hoisted scratch.</summary>
public static class ChineseRestaurantHoisted
{
    /// <summary>prob[i, k] (meant to be point i's distribution over the tables and a new one).</summary>
    public static double[,] TableProbabilities(double[,] logPredictive, int[] tableSize, double alpha)
    {
        int n = logPredictive.GetLength(0), options = tableSize.Length + 1;
        var prob = new double[n, options];
        var logW = new double[options];
        double mass = 0;
        for (int i = 0; i < n; i++)
        {
            double best = double.NegativeInfinity;
            for (int k = 0; k < options; k++)
            {
                double prior = k < tableSize.Length ? Math.Log(tableSize[k]) : Math.Log(alpha);
                logW[k] = prior + logPredictive[i, k];
                best = Math.Max(best, logW[k]);
            }

            for (int k = 0; k < options; k++)
            {
                prob[i, k] = Math.Exp(logW[k] - best);
                mass += prob[i, k]; //~ LG0002
            }

            for (int k = 0; k < options; k++)
            {
                prob[i, k] /= mass;
            }
        }

        return prob;
    }
}
