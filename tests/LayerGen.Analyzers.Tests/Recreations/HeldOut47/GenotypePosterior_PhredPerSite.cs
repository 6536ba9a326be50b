// Idiom: genotype posteriors per variant site from the VCF's Phred-scaled genotype likelihoods (PL), flat prior:
// p_g = 10^(-(PL_g - PL_min) / 10) / sum; sites are multi-allelic, so the number of genotypes varies per site.
// Layout: ragged int[][] (one PL array per site: 3 genotypes for a biallelic site, 6 for a triallelic one);
// Math.Pow(10, ...); the smallest PL of the site is the shift (a softmin over PL).
// Correct.
// Inspired by pl2gl.awk (eriqande/mega-post-bcf-exploratory-snakeflows, workflow/scripts/pl2gl.awk), which turns PLs
// into likelihoods scaled to sum to one; our own code, with the per-site minimum made explicit.
using System;

namespace HeldOut47.GenotypePosterior_PhredPerSite;

public static class GenotypeCaller
{
    public static double[][] Posteriors(int[][] phredLikelihoods)
    {
        var post = new double[phredLikelihoods.Length][];
        for (int site = 0; site < phredLikelihoods.Length; site++)
        {
            int[] pl = phredLikelihoods[site];
            int minPl = int.MaxValue;
            for (int g = 0; g < pl.Length; g++)
            {
                if (pl[g] < minPl)
                {
                    minPl = pl[g];
                }
            }

            var p = new double[pl.Length];
            double sum = 0.0;
            for (int g = 0; g < pl.Length; g++)
            {
                p[g] = Math.Pow(10.0, -(pl[g] - minPl) / 10.0);
                sum += p[g];
            }

            for (int g = 0; g < pl.Length; g++)
            {
                p[g] /= sum;
            }

            post[site] = p;
        }

        return post;
    }
}
