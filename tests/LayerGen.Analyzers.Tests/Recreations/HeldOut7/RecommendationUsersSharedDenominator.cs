// Source: recommendation serving code in C# that scores the catalogue for several users at once, keyed by user
// id in a Dictionary<string, double[]>; the partition function is accumulated across the dictionary.
// Layout: Dictionary<string, double[]> user -> item scores; softmax over the items of each user.
// Bug LG0002: the normaliser sums every user's item exps.
using System;
using System.Collections.Generic;

namespace HeldOut7.RecommendationUsersSharedDenominator
{
    public static class UserItemDistributions
    {
        public static Dictionary<string, double[]> Compute(Dictionary<string, double[]> scores)
        {
            var result = new Dictionary<string, double[]>();
            double partition = 0;
            foreach (var (user, items) in scores)
            {
                double best = double.NegativeInfinity;
                foreach (double s in items)
                {
                    best = Math.Max(best, s);
                }

                var w = new double[items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    w[i] = Math.Exp(items[i] - best);
                    partition += w[i]; //~ LG0002
                }

                result[user] = w;
            }

            foreach (double[] w in result.Values)
            {
                for (int i = 0; i < w.Length; i++)
                {
                    w[i] /= partition;
                }
            }

            return result;
        }
    }
}
