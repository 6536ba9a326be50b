// Source: Bayesian decoding of a stimulus from a neural population (Poisson spike counts; e.g. Zhang et al. 1998
// place-cell decoding, Pillow-lab tutorials): log posterior over a stimulus grid = log-likelihood + log prior,
// normalised per trial.
// Layout: generic T[trials, grid] log-likelihoods (IFloatingPointIeee754<T>), T[] log prior, per-trial max. Correct.
using System.Numerics;

namespace LayerGen.Recreations.HeldOut9;

public static class PopulationDecoding_GenericPosterior
{
    public static T[,] Posterior<T>(T[,] logLikelihood, T[] logPrior)
        where T : IFloatingPointIeee754<T>
    {
        int trials = logLikelihood.GetLength(0);
        int grid = logLikelihood.GetLength(1);
        var post = new T[trials, grid];
        for (int r = 0; r < trials; r++)
        {
            T best = T.NegativeInfinity;
            for (int g = 0; g < grid; g++)
            {
                best = T.Max(best, logLikelihood[r, g] + logPrior[g]);
            }

            T z = T.Zero;
            for (int g = 0; g < grid; g++)
            {
                post[r, g] = T.Exp(logLikelihood[r, g] + logPrior[g] - best);
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
