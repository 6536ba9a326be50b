// Source: Bayesian population decoding over a stimulus grid (Poisson log-likelihoods per trial), re-created with the
// maxima precomputed per grid point "over the session".
// Layout: double[trials, grid] log-likelihoods, softmax over the grid per trial.
// Bug (LG0004): the max runs over trials for each grid point while the sum runs over the grid of one trial.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class PopulationDecoding_MaxPerStimulus
{
    public static double[,] Posterior(double[,] logLikelihood)
    {
        int trials = logLikelihood.GetLength(0);
        int grid = logLikelihood.GetLength(1);
        var gridMax = new double[grid];
        for (int g = 0; g < grid; g++)
        {
            gridMax[g] = double.NegativeInfinity;
            for (int r = 0; r < trials; r++)
            {
                if (logLikelihood[r, g] > gridMax[g]) gridMax[g] = logLikelihood[r, g]; //~ LG0004
            }
        }

        var post = new double[trials, grid];
        for (int r = 0; r < trials; r++)
        {
            double z = 0.0;
            for (int g = 0; g < grid; g++)
            {
                post[r, g] = Math.Exp(logLikelihood[r, g] - gridMax[g]);
                z += post[r, g];
            }

            for (int g = 0; g < grid; g++)
            {
                post[r, g] /= z;
            }
        }

        return post;
    }
}
