// Idiom: mixed logit by simulation, per-draw logit probabilities averaged over draws
// Layout: jagged double[draws][persons][alternatives] simulated utilities
// Bug (LG0004): the shift for each (person, alternative) is its max over the draws, while the sum runs over the alternatives
using System;

namespace HeldOut43.MixedLogit_MaxOverDraws;

public static class MixedLogitJagged
{
    public static double[][] SimulatedProbabilities(double[][][] u)
    {
        int draws = u.Length, persons = u[0].Length, alts = u[0][0].Length;
        var avg = new double[persons][];
        for (int n = 0; n < persons; n++)
        {
            var peak = new double[alts];
            for (int j = 0; j < alts; j++)
            {
                peak[j] = double.NegativeInfinity;
                for (int r = 0; r < draws; r++)
                    peak[j] = Math.Max(peak[j], u[r][n][j]); //~ LG0004
            }

            avg[n] = new double[alts];
            var e = new double[alts];
            for (int r = 0; r < draws; r++)
            {
                double s = 0.0;
                for (int j = 0; j < alts; j++)
                {
                    e[j] = Math.Exp(u[r][n][j] - peak[j]);
                    s += e[j];
                }

                for (int j = 0; j < alts; j++)
                    avg[n][j] += e[j] / s / draws;
            }
        }

        return avg;
    }
}
