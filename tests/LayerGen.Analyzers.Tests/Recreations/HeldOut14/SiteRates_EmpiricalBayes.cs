// Source: empirical Bayes site-rate posteriors under discrete-Gamma rate heterogeneity (Yang 1994; IQ-TREE
// `computePatternRates`, PAML `rates` output): P(category c | site s) = w_c L_c(s) / sum_c' w_c' L_c'(s), from
// per-category log-likelihoods.
// Layout: category-major jagged double[categories][sites] log-likelihoods + log weights; per site the peak over
// the categories is kept in a double[sites] array (a column softmax over a jagged array), posteriors site-major.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class SiteRates_EmpiricalBayes
{
    public static double[,] Posterior(double[][] logLik, double[] logWeight)
    {
        int categories = logLik.Length;
        int sites = logLik[0].Length;
        var best = new double[sites];
        for (int s = 0; s < sites; s++)
        {
            best[s] = double.NegativeInfinity;
            for (int c = 0; c < categories; c++)
                best[s] = Math.Max(best[s], logLik[c][s] + logWeight[c]);
        }

        var post = new double[sites, categories];
        for (int s = 0; s < sites; s++)
        {
            double total = 0;
            for (int c = 0; c < categories; c++)
                total += post[s, c] = Math.Exp(logLik[c][s] + logWeight[c] - best[s]);
            for (int c = 0; c < categories; c++)
                post[s, c] /= total;
        }
        return post;
    }
}
