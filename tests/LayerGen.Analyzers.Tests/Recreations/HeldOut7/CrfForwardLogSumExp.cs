// Source: linear-chain CRF for NER in C# (forward algorithm over tags in log space, shape of CRFSharp /
// hand-written BiLSTM-CRF ports): alpha_t(j) = emit_t(j) + logsumexp_i(alpha_{t-1}(i) + trans(i, j)); the last
// step's tag posterior is exp(alpha_T(j) - log Z).
// Layout: emissions double[steps][tags], transitions double[tags, tags]; softmax over tags of the last step.
// Correct.
using System;

namespace HeldOut7.CrfForwardLogSumExp
{
    public static class LinearChainCrf
    {
        public static double[] LastTagPosterior(double[][] emissions, double[,] transitions, out double logPartition)
        {
            int tags = emissions[0].Length;
            var alpha = (double[])emissions[0].Clone();
            var next = new double[tags];
            var scratch = new double[tags];
            for (int t = 1; t < emissions.Length; t++)
            {
                for (int j = 0; j < tags; j++)
                {
                    for (int i = 0; i < tags; i++)
                    {
                        scratch[i] = alpha[i] + transitions[i, j];
                    }

                    next[j] = emissions[t][j] + LogSumExp(scratch);
                }

                (alpha, next) = (next, alpha);
            }

            logPartition = LogSumExp(alpha);
            var posterior = new double[tags];
            for (int j = 0; j < tags; j++)
            {
                posterior[j] = Math.Exp(alpha[j] - logPartition);
            }

            return posterior;
        }

        private static double LogSumExp(double[] v)
        {
            double m = double.NegativeInfinity;
            for (int i = 0; i < v.Length; i++)
            {
                if (v[i] > m) m = v[i];
            }

            double s = 0;
            for (int i = 0; i < v.Length; i++)
            {
                s += Math.Exp(v[i] - m);
            }

            return m + Math.Log(s);
        }
    }
}
