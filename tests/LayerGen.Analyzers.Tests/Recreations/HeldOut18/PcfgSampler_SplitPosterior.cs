// Source: sampling a parse top-down from the inside chart of a PCFG (Johnson, Griffiths & Goldwater 2007, "Bayesian
// inference for PCFGs via Markov chain Monte Carlo"; Goodman 1998 inside-outside in log space): at the root span
// (0, n) the choice of rule A -> B C and split j has probability
// theta(A -> B C) I_B(0, j) I_C(j, n) / I_A(0, n).
// Layout: one log-inside chart `double[symbols, n + 1, n + 1]` per sentence (`IReadOnlyList<double[,,]>`),
// `sealed record BinaryRule`, candidate scores collected in a `List<double>`, LINQ `Max`.
// Correct: each sentence's options are shifted by that sentence's best option; the sentence log-likelihood
// I_start(0, n) is read from the chart (not a softmax).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut18.PcfgSampler_SplitPosterior;

public sealed record BinaryRule(int Parent, int Left, int Right, double LogProb);

public static class InsideSampler
{
    public static double[][] RootSplitPosteriors(
        IReadOnlyList<double[,,]> charts,
        IReadOnlyList<BinaryRule> rules,
        int start,
        out double[] sentenceLogLik)
    {
        var posteriors = new double[charts.Count][];
        sentenceLogLik = new double[charts.Count];
        for (int c = 0; c < charts.Count; c++)
        {
            double[,,] chart = charts[c];
            int n = chart.GetLength(1) - 1;
            sentenceLogLik[c] = chart[start, 0, n];

            var scores = new List<double>();
            foreach (BinaryRule rule in rules)
            {
                if (rule.Parent != start)
                {
                    continue;
                }

                for (int j = 1; j < n; j++)
                {
                    scores.Add(rule.LogProb + chart[rule.Left, 0, j] + chart[rule.Right, j, n]);
                }
            }

            double best = scores.Max();
            var post = new double[scores.Count];
            double z = 0.0;
            for (int o = 0; o < post.Length; o++)
            {
                post[o] = Math.Exp(scores[o] - best);
                z += post[o];
            }

            for (int o = 0; o < post.Length; o++)
            {
                post[o] /= z;
            }

            posteriors[c] = post;
        }

        return posteriors;
    }
}
