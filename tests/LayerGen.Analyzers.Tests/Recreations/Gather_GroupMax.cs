// Correct twins of Gather_WholeSourceMax: the max runs over the gathered elements themselves (a loop over the
// group's index array; LINQ over the id list), reset per group. Also one softmax over a whole permutation of the
// source, whose max over the whole source is its own max.
// Source: multi-player Elo / Bradley-Terry-Luce match probabilities; candidate re-ranking by id.
// Layout: float[] scores by id with int[][] groups; List<double> ratings by id with List<int>[] teams. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.GatherGroupMax;

public static class GroupSoftmax
{
    public static float[][] IndexTable(float[] scores, int[][] groups)
    {
        var result = new float[groups.Length][];
        for (int g = 0; g < groups.Length; g++)
        {
            int[] members = groups[g];
            float top = float.NegativeInfinity;
            for (int i = 0; i < members.Length; i++) top = MathF.Max(top, scores[members[i]]);
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
        var result = new Dictionary<int, double>[teams.Length];
        for (int t = 0; t < teams.Length; t++)
        {
            double best = teams[t].Max(id => ratings[id]);
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

    public static double[] SortedOrder(double[] x)
    {
        int[] order = Enumerable.Range(0, x.Length).OrderByDescending(k => x[k]).ToArray();
        double top = x.Max();
        var p = new double[order.Length];
        double z = 0.0;
        for (int i = 0; i < order.Length; i++)
        {
            p[i] = Math.Exp(x[order[i]] - top);
            z += p[i];
        }

        for (int i = 0; i < p.Length; i++) p[i] /= z;
        return p;
    }
}
