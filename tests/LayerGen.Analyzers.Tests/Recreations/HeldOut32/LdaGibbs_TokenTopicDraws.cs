// Collapsed Gibbs sampling for LDA in log space: a topic is drawn for every token from its unnormalised topic weights
// log(n_dk + alpha) + log(n_kw + beta) - log(n_k + V·beta). Layout: topic-major jagged double[topics][tokens] log-weights
// (the count tables are topic-major), probabilities written token-major double[tokens, topics].
// Correct: each token's maximum over the topics, its own total, then a cumulative draw.
using System;

namespace HeldOut32;

/// <summary>One sweep of topic draws from precomputed log-weights.</summary>
public static class LdaTopicSweep
{
    /// <summary>Topic-major log-weights of every token from the count tables.</summary>
    public static double[][] LogWeights(int[] doc, int[] word, int[,] docTopic, int[,] topicWord, int[] topicTotal, double alpha, double beta, int vocabulary)
    {
        int topics = topicTotal.Length;
        var lw = new double[topics][];
        for (int k = 0; k < topics; k++)
        {
            lw[k] = new double[doc.Length];
            for (int t = 0; t < doc.Length; t++)
            {
                lw[k][t] = Math.Log(docTopic[doc[t], k] + alpha) + Math.Log(topicWord[k, word[t]] + beta) - Math.Log(topicTotal[k] + vocabulary * beta);
            }
        }

        return lw;
    }

    /// <summary>Draws a topic per token with the given uniforms; prob[t, k] receives the token's topic distribution.</summary>
    public static int[] Draw(double[][] logWeight, double[] uniforms, double[,] prob)
    {
        int topics = logWeight.Length, tokens = logWeight[0].Length;
        var picks = new int[tokens];
        var w = new double[topics];
        for (int t = 0; t < tokens; t++)
        {
            double mx = logWeight[0][t];
            for (int k = 1; k < topics; k++)
            {
                if (logWeight[k][t] > mx) mx = logWeight[k][t];
            }

            double total = 0;
            for (int k = 0; k < topics; k++)
            {
                w[k] = Math.Exp(logWeight[k][t] - mx);
                total += w[k];
            }

            double u = uniforms[t] * total, run = 0;
            picks[t] = topics - 1;
            for (int k = 0; k < topics; k++)
            {
                run += w[k];
                if (u < run)
                {
                    picks[t] = k;
                    break;
                }
            }

            for (int k = 0; k < topics; k++)
            {
                prob[t, k] = w[k] / total;
            }
        }

        return picks;
    }
}
