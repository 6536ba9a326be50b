// HeldOut63 / RecommenderScoring_ExpPreferenceHelper
// Idiom: recommender candidate scoring with a "preference" helper that returns exp(user · item) directly (the
// multinomial-logit / Plackett-Luce "strength" written as a helper), normalised over each user's candidate list
// (own code).
// Layout: float[users, dim] and float[items, dim] embedding tables, int[][] candidates per user; private helper
// Preference(...) => Math.Exp(dot); double output jagged.
// Label: LG0003 (exp of the raw dot product, no maximum subtracted: overflow to Inf/Inf = NaN above ~709).
// Marker at the helper's call: the exp sits in the helper, the normalisation at the call.
using System;

namespace HeldOut63.RecommenderScoring_ExpPreferenceHelper;

public static class PreferenceScorer
{
    public static double[][] CandidateProbabilities(float[,] users, float[,] items, int[][] candidates)
    {
        var result = new double[candidates.Length][];
        for (int u = 0; u < candidates.Length; u++)
        {
            int[] pool = candidates[u];
            var w = new double[pool.Length];
            double total = 0.0;
            for (int c = 0; c < pool.Length; c++)
            {
                w[c] = Preference(users, u, items, pool[c]); //~ LG0003
                total += w[c];
            }

            for (int c = 0; c < pool.Length; c++)
            {
                w[c] /= total;
            }

            result[u] = w;
        }

        return result;
    }

    private static double Preference(float[,] users, int user, float[,] items, int item)
    {
        double dot = 0.0;
        for (int d = 0; d < users.GetLength(1); d++)
        {
            dot += (double)users[user, d] * items[item, d];
        }

        return Math.Exp(dot);
    }
}
