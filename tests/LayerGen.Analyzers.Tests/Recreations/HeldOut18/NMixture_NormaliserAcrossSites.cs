// Source: binomial N-mixture model (Royle 2004; R `unmarked::ranef` for `pcount`): per-site posterior over the
// latent abundance N = 0..K from a Poisson prior and the detection log-likelihood.
// Layout: rectangular `double[sites, levels]` detection log-likelihoods, posterior built in a `double[,]`, then
// normalised in a second pass after the site loop.
// Bug (LG0002): the evidence is accumulated over every site (declared above the site loop, never reset), so each
// site's posterior sums to its share of the survey instead of 1.
using System;

namespace HeldOut18.NMixture_NormaliserAcrossSites;

public static class NMixture
{
    public static double[,] Posterior(double[,] logLik, double[] lambda)
    {
        int sites = logLik.GetLength(0);
        int levels = logLik.GetLength(1);
        var post = new double[sites, levels];
        double evidence = 0.0;
        for (int s = 0; s < sites; s++)
        {
            double best = double.NegativeInfinity;
            double logFactorial = 0.0;
            for (int n = 0; n < levels; n++)
            {
                if (n > 0)
                {
                    logFactorial += Math.Log(n);
                }

                post[s, n] = n * Math.Log(lambda[s]) - lambda[s] - logFactorial + logLik[s, n];
                best = Math.Max(best, post[s, n]);
            }

            for (int n = 0; n < levels; n++)
            {
                post[s, n] = Math.Exp(post[s, n] - best);
                evidence += post[s, n]; //~ LG0002
            }
        }

        for (int s = 0; s < sites; s++)
        {
            for (int n = 0; n < levels; n++)
            {
                post[s, n] /= evidence;
            }
        }

        return post;
    }
}
