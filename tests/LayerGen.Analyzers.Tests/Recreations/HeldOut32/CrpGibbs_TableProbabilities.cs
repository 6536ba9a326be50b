// Chinese restaurant process Gibbs sweep (Dirichlet process mixture, Neal 2000 algorithm 3): each point chooses an existing
// table k with weight n_k · f_k(x_i) or a new table with weight alpha · f_new(x_i), computed in log space.
// Layout: jagged double[points][tables + 1] log predictive likelihoods (last column = new table), a List<double> of log
// weights built per point, probabilities collected in a List<double[]>.
// Correct: each point's own maximum over its options and its own sum, then a cumulative draw.
using System;
using System.Collections.Generic;

namespace HeldOut32;

/// <summary>Table assignment probabilities of a CRP Gibbs sweep.</summary>
public static class ChineseRestaurantSweep
{
    /// <summary>Draws a table per point with the given uniforms; probabilities receives each point's distribution over the options.</summary>
    public static int[] Sweep(double[][] logPredictive, int[] tableSize, double alpha, double[] uniforms, List<double[]> probabilities)
    {
        var picks = new int[logPredictive.Length];
        for (int i = 0; i < logPredictive.Length; i++)
        {
            var logW = new List<double>(tableSize.Length + 1);
            for (int k = 0; k < tableSize.Length; k++)
            {
                logW.Add(Math.Log(tableSize[k]) + logPredictive[i][k]);
            }

            logW.Add(Math.Log(alpha) + logPredictive[i][tableSize.Length]);
            double best = double.NegativeInfinity;
            for (int k = 0; k < logW.Count; k++)
            {
                if (logW[k] > best) best = logW[k];
            }

            var w = new double[logW.Count];
            double mass = 0;
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = Math.Exp(logW[k] - best);
                mass += w[k];
            }

            double u = uniforms[i] * mass, run = 0;
            picks[i] = w.Length - 1;
            for (int k = 0; k < w.Length; k++)
            {
                run += w[k];
                if (u < run)
                {
                    picks[i] = k;
                    break;
                }
            }

            for (int k = 0; k < w.Length; k++)
            {
                w[k] /= mass;
            }

            probabilities.Add(w);
        }

        return picks;
    }
}
