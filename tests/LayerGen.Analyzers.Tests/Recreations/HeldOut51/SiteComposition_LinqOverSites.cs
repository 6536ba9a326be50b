// Idiom: relative abundance of species at each survey site from a multinomial (community) model: p_s = exp(eta_s) / Σ
// over the site's species, written as LINQ over the sites with a statement lambda and ToDictionary.
// Use: expected community composition per site (joint species distribution / multinomial abundance models).
// Layout: IEnumerable<Site> records (site id, double[] linear predictor per species); Dictionary<string, double[]> out.
// Correct: peak and total per site.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut51.SiteComposition_LinqOverSites;

public sealed record Site(string Id, double[] Eta);

public static class Community
{
    public static Dictionary<string, double[]> Composition(IEnumerable<Site> sites) =>
        sites.ToDictionary(
            site => site.Id,
            site =>
            {
                double peak = site.Eta.Max();
                double[] w = site.Eta.Select(e => Math.Exp(e - peak)).ToArray();
                double total = w.Sum();
                return w.Select(v => v / total).ToArray();
            });
}
