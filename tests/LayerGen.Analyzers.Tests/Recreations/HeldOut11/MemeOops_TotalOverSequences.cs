// Re-creates the shape of MEME's OOPS-model E-step (Bailey & Elkan 1994; the meme-suite `e_step`): for each
// sequence, the posterior of the motif starting at each position j, proportional to exp(log-odds score of the site).
// Layout: ragged IReadOnlyList<double[]> of per-position site log-odds; LINQ per sequence, then one total.
// Bug (LG0002): the normaliser sums the odds of every sequence (ZOOPS-like total), so each sequence's posteriors
// no longer sum to one.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut11;

public static class MemeOops_TotalOverSequences
{
    public static List<double[]> StartPosteriors(IReadOnlyList<double[]> siteLogOdds)
    {
        var odds = new List<double[]>(siteLogOdds.Count);
        foreach (double[] scores in siteLogOdds)
        {
            double best = scores.Max();
            odds.Add(scores.Select(v => Math.Exp(v - best)).ToArray());
        }
        double z = odds.Sum(o => o.Sum()); //~ LG0002
        return odds.Select(o => o.Select(v => v / z).ToArray()).ToList();
    }
}
