// Idiom: mixed (random-parameters) logit by simulation: for each individual and each random draw the logit probabilities
// over alternatives are computed (shift by the draw's maximum utility), and the simulated probability is their average
// over draws, accumulated into the result.
// Use: simulated choice probabilities for maximum simulated likelihood.
// Layout: double[individual, draw, alternative] utilities, double[individual, alternative] result.
// Correct (the average over draws adds normalised probabilities, not exps).
// Our own code.
using System;

namespace HeldOut93.MixedLogit_DrawsCube;

public static class SimulatedProbabilities
{
    public static double[,] Average(double[,,] v)
    {
        int n = v.GetLength(0), draws = v.GetLength(1), alts = v.GetLength(2);
        var sim = new double[n, alts];
        var e = new double[alts];
        for (int i = 0; i < n; i++)
        {
            for (int r = 0; r < draws; r++)
            {
                double vmax = double.NegativeInfinity;
                for (int j = 0; j < alts; j++) vmax = Math.Max(vmax, v[i, r, j]);

                double s = 0;
                for (int j = 0; j < alts; j++)
                {
                    e[j] = Math.Exp(v[i, r, j] - vmax);
                    s += e[j];
                }

                for (int j = 0; j < alts; j++) sim[i, j] += e[j] / s / draws;
            }
        }

        return sim;
    }
}
