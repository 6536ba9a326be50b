// Bayesian posterior over a discrete grid of hypotheses (grid approximation, as in Statistical Rethinking ports):
// posterior_g ∝ exp(log-likelihood_g + log-prior_g), one posterior per experiment. Layout: List<double[]> of per-experiment
// log-likelihoods over the grid, LINQ Max / Select / Sum.
// Correct: each experiment's own maximum and own sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut32;

/// <summary>Grid posteriors of several independent experiments.</summary>
public static class GridPosteriors
{
    /// <summary>One normalised posterior over the grid per experiment.</summary>
    public static List<double[]> Posteriors(List<double[]> logLikelihood, double[] logPrior)
    {
        var result = new List<double[]>(logLikelihood.Count);
        foreach (double[] ll in logLikelihood)
        {
            double[] lp = new double[ll.Length];
            for (int g = 0; g < ll.Length; g++)
            {
                lp[g] = ll[g] + logPrior[g];
            }

            double top = lp.Max();
            double[] post = lp.Select(v => Math.Exp(v - top)).ToArray();
            double z = post.Sum();
            for (int g = 0; g < post.Length; g++)
            {
                post[g] /= z;
            }

            result.Add(post);
        }

        return result;
    }

    /// <summary>Posterior mean of the grid parameter.</summary>
    public static double PosteriorMean(double[] grid, double[] posterior) => grid.Zip(posterior, (theta, p) => theta * p).Sum();
}
