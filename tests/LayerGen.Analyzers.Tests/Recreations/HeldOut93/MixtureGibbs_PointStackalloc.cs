// Idiom: collapsed/uncollapsed Gibbs sampler for a finite mixture: the conditional assignment probabilities of each
// data point are exp(log prior_k + log likelihood_ik) normalised over the components; the unnormalised log-posterior
// of a point is built in a stackalloc span, shifted by its maximum, and the label is drawn from a supplied uniform.
// Use: one Gibbs sweep's responsibilities and label draws.
// Layout: double[point, component] log-likelihoods, double[] log-priors.
// Correct.
// Our own code.
using System;

namespace HeldOut93.MixtureGibbs_PointStackalloc;

public static class GibbsSweep
{
    public static int[] Resample(double[,] logLik, double[] logPrior, double[] uniform, double[,] resp)
    {
        int points = logLik.GetLength(0), k = logLik.GetLength(1);
        var labels = new int[points];
        Span<double> lp = stackalloc double[k];
        for (int i = 0; i < points; i++)
        {
            double top = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                lp[c] = logPrior[c] + logLik[i, c];
                if (lp[c] > top) top = lp[c];
            }

            double norm = 0;
            for (int c = 0; c < k; c++)
            {
                lp[c] = Math.Exp(lp[c] - top);
                norm += lp[c];
            }

            double u = uniform[i] * norm, acc = 0;
            labels[i] = k - 1;
            for (int c = 0; c < k; c++)
            {
                resp[i, c] = lp[c] / norm;
                acc += lp[c];
                if (u < acc) { labels[i] = c; u = double.PositiveInfinity; }
            }
        }

        return labels;
    }
}
