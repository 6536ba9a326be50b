// Source: top-down parse sampling from a PCFG inside chart (Johnson, Griffiths & Goldwater 2007), the root choice of
// rule A -> B C and split j with probability theta(A -> B C) I_B(0, j) I_C(j, n) / sum.
// Layout: log-inside charts `double[symbols, n + 1, n + 1]` per sentence, the candidate weights produced by an
// iterator (`yield return`) and normalised by the caller with LINQ `Sum` and `Array.ConvertAll`.
// Bug (LG0003): the iterator leaves log space with a raw exp of the summed log-inside scores: on a long sentence
// the inside log-probabilities are in the hundreds below zero, every weight underflows and the posterior is 0/0
// (and a scaled chart with positive scores overflows).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut18.PcfgSampler_RawInsideProducts;

public sealed record BinaryRule(int Parent, int Left, int Right, double LogProb);

public static class InsideSampler
{
    public static double[][] RootSplitPosteriors(IReadOnlyList<double[,,]> charts, IReadOnlyList<BinaryRule> rules, int start)
    {
        var result = new double[charts.Count][];
        for (int c = 0; c < charts.Count; c++)
        {
            double[,,] chart = charts[c];
            int n = chart.GetLength(1) - 1;
            double[] w = OptionWeights(chart, rules, start, 0, n).ToArray(); //~ LG0003
            double z = w.Sum();
            result[c] = Array.ConvertAll(w, v => v / z);
        }

        return result;
    }

    private static IEnumerable<double> OptionWeights(double[,,] chart, IReadOnlyList<BinaryRule> rules, int parent, int i, int k)
    {
        foreach (BinaryRule rule in rules)
        {
            if (rule.Parent != parent)
            {
                continue;
            }

            for (int j = i + 1; j < k; j++)
            {
                yield return Math.Exp(rule.LogProb + chart[rule.Left, i, j] + chart[rule.Right, j, k]);
            }
        }
    }
}
