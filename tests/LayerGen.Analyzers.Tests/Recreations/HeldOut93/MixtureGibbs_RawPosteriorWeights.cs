// Idiom: Gibbs sampling of mixture labels written with LINQ: each point's posterior weights are
// exp(log-likelihood + log-prior) per component via an indexed Select, summed with Sum() and divided.
// Use: label resampling in a Bayesian mixture model (jagged per-point rows).
// Layout: jagged double[point][component] log-likelihoods, IReadOnlyList<double> log-priors.
// Bug LG0003: the log-posterior is exponentiated without subtracting the point's maximum; log-likelihoods of a few
// hundred nats (large data) overflow to inf (inf / inf = NaN) or underflow to 0/0.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut93.MixtureGibbs_RawPosteriorWeights;

public static class LabelSampler
{
    public static double[][] Posterior(double[][] logLik, IReadOnlyList<double> logPrior)
    {
        var posterior = new double[logLik.Length][];
        for (int i = 0; i < logLik.Length; i++)
        {
            double[] w = logLik[i].Select((ll, k) => Math.Exp(ll + logPrior[k])).ToArray(); //~ LG0003
            double z = w.Sum();
            posterior[i] = w.Select(x => x / z).ToArray();
        }

        return posterior;
    }
}
