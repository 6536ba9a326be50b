// Re-creation (our own code) of the shape of simulated mixed-logit choice probabilities (Train, "Discrete Choice
// Methods with Simulation", ch. 6; the simulator of Apollo/xlogit): P_nj = (1/R) Σ_r exp(V_nrj) / Σ_i exp(V_nri).
// Layout: double[individuals][,] with one [draws, alternatives] rank-2 block per individual; probabilities averaged
// over the draws into double[individuals][alternatives].
// Correct: every draw's utilities are shifted by that draw's own maximum over the alternatives.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class MixedLogitSimulatedDraws
{
    public static double[][] Probabilities(double[][,] utilities)
    {
        var simulated = new double[utilities.Length][];
        for (int n = 0; n < utilities.Length; n++)
        {
            double[,] v = utilities[n];
            int draws = v.GetLength(0);
            int alternatives = v.GetLength(1);
            simulated[n] = new double[alternatives];
            var kernel = new double[alternatives];
            for (int r = 0; r < draws; r++)
            {
                double top = v[r, 0];
                for (int j = 1; j < alternatives; j++)
                    top = Math.Max(top, v[r, j]);

                double denominator = 0.0;
                for (int j = 0; j < alternatives; j++)
                {
                    kernel[j] = Math.Exp(v[r, j] - top);
                    denominator += kernel[j];
                }

                for (int j = 0; j < alternatives; j++)
                    simulated[n][j] += kernel[j] / denominator / draws;
            }
        }

        return simulated;
    }
}
