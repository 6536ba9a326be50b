// Collapsed Gibbs sampling for LDA, topic probabilities of every token from topic-major log-weights.
// Layout: jagged double[topics][tokens] (one row per topic, as the count tables), probabilities token-major double[tokens][topics].
// Bug (LG0004): the "stabilising" maximum is taken per topic over all tokens (each row of the topic-major table), while each
// token is summed over the topics: tokens get shifted by different amounts per topic (wrong weights; 0/0 far from the peak).
using System;
using System.Linq;

namespace HeldOut32;

/// <summary>Token topic distributions with per-topic peaks.</summary>
public static class LdaTopicPeaks
{
    /// <summary>Returns prob[t][k] (meant to be the softmax over k of logWeight[k][t]).</summary>
    public static double[][] TokenTopics(double[][] logWeight)
    {
        int topics = logWeight.Length, tokens = logWeight[0].Length;
        var peak = new double[topics];
        for (int k = 0; k < topics; k++)
        {
            peak[k] = logWeight[k].Max(); //~ LG0004
        }

        var prob = new double[tokens][];
        for (int t = 0; t < tokens; t++)
        {
            var w = new double[topics];
            double total = 0;
            for (int k = 0; k < topics; k++)
            {
                w[k] = Math.Exp(logWeight[k][t] - peak[k]);
                total += w[k];
            }

            for (int k = 0; k < topics; k++)
            {
                w[k] /= total;
            }

            prob[t] = w;
        }

        return prob;
    }
}
