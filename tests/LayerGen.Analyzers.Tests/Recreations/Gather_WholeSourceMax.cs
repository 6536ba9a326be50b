// Bug variants: one softmax per group over elements gathered through an index array (logits[members[i]]), whose
// shift is the max over the whole source array: it spans every element, not the group's (LG0001). Written with a
// for loop over a jagged index table and with foreach over a List<int> of ids.
// Source: multi-player Elo / Bradley-Terry-Luce match probabilities and candidate re-ranking code that gathers the
// candidates' scores by id — the shape of HeldOut9's EloMultiplayer_LeagueMaxRating, written anew.
// Layout: float[] scores by id with int[][] groups; List<double> ratings by id with List<int>[] teams.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.GatherWholeSourceMax;

public static class GroupSoftmax
{
    public static float[][] IndexTable(float[] scores, int[][] groups)
    {
        float top = scores.Max(); //~ LG0001
        var result = new float[groups.Length][];
        for (int g = 0; g < groups.Length; g++)
        {
            int[] members = groups[g];
            var p = new float[members.Length];
            float z = 0f;
            for (int i = 0; i < members.Length; i++)
            {
                p[i] = MathF.Exp(scores[members[i]] - top);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= z;
            result[g] = p;
        }

        return result;
    }

    public static Dictionary<int, double>[] IdLists(List<double> ratings, List<int>[] teams)
    {
        double best = double.NegativeInfinity;
        for (int k = 0; k < ratings.Count; k++)
        {
            best = Math.Max(best, ratings[k]); //~ LG0001
        }

        var result = new Dictionary<int, double>[teams.Length];
        for (int t = 0; t < teams.Length; t++)
        {
            var w = new Dictionary<int, double>();
            double z = 0.0;
            foreach (int id in teams[t])
            {
                double e = Math.Exp(ratings[id] - best);
                w[id] = e;
                z += e;
            }

            foreach (int id in teams[t]) w[id] /= z;
            result[t] = w;
        }

        return result;
    }
}
