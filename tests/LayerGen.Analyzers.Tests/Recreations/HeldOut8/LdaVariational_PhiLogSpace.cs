// Source: variational inference for LDA (Blei, Ng & Jordan 2003; the E-step log phi_nk = log beta_{k, w_n} +
// E[log theta_k], normalised over topics with log-sum-exp, as in gensim's / Hoffman's onlineldavb), re-created.
// Layout: double[topics, vocabulary] log beta (topic-major), double[] E[log theta] per topic, int[] word ids of one
// document; phi is double[words, topics]; the softmax axis is the topic axis, read down a column of log beta.
// Correct: log-sum-exp per word with its own max over topics.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class LdaVariational_PhiLogSpace
{
    public static double[,] Phi(double[,] logBeta, double[] expectedLogTheta, int[] words)
    {
        int topics = logBeta.GetLength(0);
        var phi = new double[words.Length, topics];
        var logPhi = new double[topics];
        for (int n = 0; n < words.Length; n++)
        {
            int w = words[n];
            double m = double.NegativeInfinity;
            for (int k = 0; k < topics; k++)
            {
                logPhi[k] = logBeta[k, w] + expectedLogTheta[k];
                if (logPhi[k] > m) m = logPhi[k];
            }

            double acc = 0;
            for (int k = 0; k < topics; k++) acc += Math.Exp(logPhi[k] - m);
            double logNorm = m + Math.Log(acc);
            for (int k = 0; k < topics; k++) phi[n, k] = Math.Exp(logPhi[k] - logNorm);
        }
        return phi;
    }
}
