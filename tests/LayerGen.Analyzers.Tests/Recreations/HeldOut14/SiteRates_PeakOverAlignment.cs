// Source: empirical Bayes site-rate posteriors (Yang 1994; IQ-TREE `computePatternRates`), a port that scales the
// whole likelihood table by its largest entry "as the scaling factor".
// Layout: category-major jagged double[categories][sites] log-likelihoods + log weights; one peak over the table,
// then each site's column normalised over the categories.
// Bug LG0001: the maximum spans every site of the alignment, not one site's categories.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class SiteRates_PeakOverAlignment
{
    public static double[,] Posterior(double[][] logLik, double[] logWeight)
    {
        int categories = logLik.Length;
        int sites = logLik[0].Length;
        double best = double.NegativeInfinity;
        for (int c = 0; c < categories; c++)
            for (int s = 0; s < sites; s++)
                best = Math.Max(best, logLik[c][s] + logWeight[c]); //~ LG0001

        var post = new double[sites, categories];
        for (int s = 0; s < sites; s++)
        {
            double total = 0;
            for (int c = 0; c < categories; c++)
            {
                post[s, c] = Math.Exp(logLik[c][s] + logWeight[c] - best);
                total += post[s, c];
            }
            for (int c = 0; c < categories; c++)
                post[s, c] /= total;
        }
        return post;
    }
}
