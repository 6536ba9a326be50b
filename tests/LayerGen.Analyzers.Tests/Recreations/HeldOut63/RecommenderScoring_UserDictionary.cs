// HeldOut63 / RecommenderScoring_UserDictionary
// Idiom: two-tower recommender candidate scoring: per user, dot products of the user embedding with each retrieved
// candidate's item embedding, a softmax over that user's candidates, then the top-N by probability with
// OrderByDescending/Take (the serving side of YouTube-DNN-style retrieval; own code).
// Layout: Dictionary<int, float[]> user vectors, Dictionary<int, int[]> candidates per user, float[][] item vectors;
// Dot helper; scores.Max(); Math.Exp; double.
// Label: Correct (maximum and sum over one user's candidates).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.RecommenderScoring_UserDictionary;

public readonly record struct Recommendation(int Item, double Probability);

public static class CandidateScorer
{
    public static Dictionary<int, double[]> CandidateProbabilities(
        Dictionary<int, float[]> users, Dictionary<int, int[]> candidates, float[][] items)
    {
        var result = new Dictionary<int, double[]>(users.Count);
        foreach (var (user, vector) in users)
        {
            int[] pool = candidates[user];
            double[] scores = pool.Select(item => Dot(vector, items[item])).ToArray();
            double best = scores.Max();
            var p = new double[scores.Length];
            double z = 0.0;
            for (int c = 0; c < scores.Length; c++)
            {
                p[c] = Math.Exp(scores[c] - best);
                z += p[c];
            }

            for (int c = 0; c < p.Length; c++)
            {
                p[c] /= z;
            }

            result[user] = p;
        }

        return result;
    }

    public static List<Recommendation> TopN(
        Dictionary<int, float[]> users, Dictionary<int, int[]> candidates, float[][] items, int user, int n)
    {
        double[] p = CandidateProbabilities(users, candidates, items)[user];
        int[] pool = candidates[user];
        return pool
            .Select((item, c) => new Recommendation(item, p[c]))
            .OrderByDescending(r => r.Probability)
            .Take(n)
            .ToList();
    }

    private static double Dot(float[] a, float[] b)
    {
        double s = 0.0;
        for (int d = 0; d < a.Length; d++)
        {
            s += (double)a[d] * b[d];
        }

        return s;
    }
}
