// Re-creates the shape of MEME's OOPS-model E-step (Bailey & Elkan 1994; the meme-suite `e_step`): for each
// sequence, the posterior of the motif starting at each position j, proportional to exp(log-odds score of the site).
// Layout: ragged IReadOnlyList<double[]> of per-position site log-odds (one array per sequence, lengths L_i - W + 1),
// LINQ Max/Select/Sum per sequence.
// Correct: the max and the sum run over the start positions of one sequence.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut11;

public static class MemeOops_StartPositionPosteriors
{
    public static List<double[]> StartPosteriors(IReadOnlyList<double[]> siteLogOdds)
    {
        var posteriors = new List<double[]>(siteLogOdds.Count);
        foreach (double[] scores in siteLogOdds)
        {
            double best = scores.Max();
            double[] odds = scores.Select(v => Math.Exp(v - best)).ToArray();
            double z = odds.Sum();
            posteriors.Add(odds.Select(o => o / z).ToArray());
        }
        return posteriors;
    }
}
