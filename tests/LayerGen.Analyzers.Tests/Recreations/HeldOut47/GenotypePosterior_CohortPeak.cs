// Idiom: genotype posteriors per variant site from natural-log genotype likelihoods kept on a site record.
// Layout: IReadOnlyList<VariantSite> records (Chrom, Position, double[] GenotypeLogLikelihoods, ragged per site);
// LINQ for the shift, loops for exp and sum; Math.Exp.
// Bug LG0001: the shift is the best log-likelihood over every site of the call set (`sites.Max(s => s.….Max())`), not
// per site: a site whose likelihoods sit far below the best site's underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut47.GenotypePosterior_CohortPeak;

public sealed record VariantSite(string Chrom, int Position, double[] GenotypeLogLikelihoods);

public static class SiteGenotyper
{
    public static List<double[]> Posteriors(IReadOnlyList<VariantSite> sites)
    {
        double peak = sites.Max(s => s.GenotypeLogLikelihoods.Max()); //~ LG0001
        var result = new List<double[]>(sites.Count);
        foreach (VariantSite site in sites)
        {
            double[] ll = site.GenotypeLogLikelihoods;
            var post = new double[ll.Length];
            double norm = 0.0;
            for (int g = 0; g < ll.Length; g++)
            {
                post[g] = Math.Exp(ll[g] - peak);
                norm += post[g];
            }

            for (int g = 0; g < ll.Length; g++)
            {
                post[g] /= norm;
            }

            result.Add(post);
        }

        return result;
    }
}
