// Re-creation (our own code) of the shape of a simulated mixed-logit probability (Train ch. 6; Apollo/xlogit-style
// simulator), written from the textbook formula.
// Layout: double[individuals][,] blocks of [draws, alternatives]; a scratch row per draw.
// Bug (LG0003): exp of the raw utilities; utilities in the hundreds (scaled costs, large coefficients drawn from a
// lognormal) overflow to ∞ / ∞.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class MixedLogitRawDrawExp
{
    public static double[][] Probabilities(double[][,] utilities)
    {
        var simulated = new double[utilities.Length][];
        for (int n = 0; n < utilities.Length; n++)
        {
            int draws = utilities[n].GetLength(0);
            int alternatives = utilities[n].GetLength(1);
            simulated[n] = new double[alternatives];
            var expV = new double[alternatives];
            for (int r = 0; r < draws; r++)
            {
                double sum = 0.0;
                for (int j = 0; j < alternatives; j++)
                {
                    expV[j] = Math.Exp(utilities[n][r, j]); //~ LG0003
                    sum += expV[j];
                }

                for (int j = 0; j < alternatives; j++)
                    simulated[n][j] += expV[j] / sum / draws;
            }
        }

        return simulated;
    }
}
