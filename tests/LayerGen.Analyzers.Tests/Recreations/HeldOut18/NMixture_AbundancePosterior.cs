// Source: binomial N-mixture model for repeated counts (Royle 2004, Biometrics; the empirical-Bayes abundance
// posterior of R `unmarked::ranef` for `pcount` fits): p(N | y_s) is proportional to Pois(N; lambda_s) times the
// detection likelihood prod_t Bin(y_st; N, p), for N = 0..K.
// Layout: jagged `double[][]` detection log-likelihoods per site over N = 0..K, `double[] lambda`, posterior written
// into a jagged `double[][]`; log N! accumulated on the fly, the Poisson prior in a static local function.
// Correct: each site's log posterior is shifted by its own maximum; the posterior mean abundance (not a softmax)
// is returned.
using System;

namespace HeldOut18.NMixture_AbundancePosterior;

public static class NMixture
{
    public static double[] Posterior(double[][] detectionLogLik, double[] lambda, double[][] posterior)
    {
        int sites = detectionLogLik.Length;
        var meanAbundance = new double[sites];
        for (int s = 0; s < sites; s++)
        {
            double[] ll = detectionLogLik[s];
            var logPost = new double[ll.Length];
            double logFactorial = 0.0;
            double best = double.NegativeInfinity;
            for (int n = 0; n < ll.Length; n++)
            {
                if (n > 0)
                {
                    logFactorial += Math.Log(n);
                }

                logPost[n] = LogPoisson(n, lambda[s], logFactorial) + ll[n];
                if (logPost[n] > best)
                {
                    best = logPost[n];
                }
            }

            double z = 0.0;
            for (int n = 0; n < ll.Length; n++)
            {
                posterior[s][n] = Math.Exp(logPost[n] - best);
                z += posterior[s][n];
            }

            double mean = 0.0;
            for (int n = 0; n < ll.Length; n++)
            {
                posterior[s][n] /= z;
                mean += n * posterior[s][n];
            }

            meanAbundance[s] = mean;
        }

        return meanAbundance;

        static double LogPoisson(int n, double rate, double logFactorial) => n * Math.Log(rate) - rate - logFactorial;
    }
}
