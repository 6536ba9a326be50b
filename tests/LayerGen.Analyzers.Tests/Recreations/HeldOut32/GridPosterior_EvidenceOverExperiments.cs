// Bayesian posterior over a discrete grid of hypotheses, several experiments at once.
// Layout: List<double[]> per-experiment log-likelihoods over the grid, indexed loops, weights kept in a list.
// Bug (LG0002): each experiment is shifted by its own maximum, but the "evidence" is summed over every experiment's weights,
// so each posterior sums to a fraction of 1.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut32;

/// <summary>Grid posteriors normalised by one evidence over all experiments.</summary>
public static class GridPosteriorsPooledEvidence
{
    /// <summary>Posterior weights per experiment (meant to be each a distribution over the grid).</summary>
    public static List<double[]> Posteriors(List<double[]> logLikelihood, double[] logPrior)
    {
        var weights = new List<double[]>();
        for (int e = 0; e < logLikelihood.Count; e++)
        {
            double[] ll = logLikelihood[e];
            double top = double.NegativeInfinity;
            for (int g = 0; g < ll.Length; g++)
            {
                top = Math.Max(top, ll[g] + logPrior[g]);
            }

            var w = new double[ll.Length];
            for (int g = 0; g < ll.Length; g++)
            {
                w[g] = Math.Exp(ll[g] + logPrior[g] - top);
            }

            weights.Add(w);
        }

        double evidence = weights.Sum(w => w.Sum()); //~ LG0002
        foreach (double[] w in weights)
        {
            for (int g = 0; g < w.Length; g++)
            {
                w[g] /= evidence;
            }
        }

        return weights;
    }
}
