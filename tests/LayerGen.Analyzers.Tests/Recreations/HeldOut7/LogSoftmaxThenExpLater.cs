// Source: classifiers in C# that keep log-probabilities (log-softmax per sample for the NLL loss) and only
// exponentiate them later for reporting (shape of hand-written training loops: LogSoftmax then Math.Exp(logp)).
// Layout: double[][] jagged [samples][classes]; log-softmax over classes, probabilities derived afterwards.
// Correct.
using System;

namespace HeldOut7.LogSoftmaxThenExpLater
{
    public static class LogProbabilities
    {
        public static double[][] LogSoftmax(double[][] logits)
        {
            var result = new double[logits.Length][];
            for (int n = 0; n < logits.Length; n++)
            {
                double[] z = logits[n];
                double m = z[0];
                for (int k = 1; k < z.Length; k++)
                {
                    if (z[k] > m) m = z[k];
                }

                double s = 0;
                for (int k = 0; k < z.Length; k++)
                {
                    s += Math.Exp(z[k] - m);
                }

                double lse = m + Math.Log(s);
                result[n] = new double[z.Length];
                for (int k = 0; k < z.Length; k++)
                {
                    result[n][k] = z[k] - lse;
                }
            }

            return result;
        }

        public static double[][] Probabilities(double[][] logits)
        {
            double[][] logp = LogSoftmax(logits);
            for (int n = 0; n < logp.Length; n++)
            {
                for (int k = 0; k < logp[n].Length; k++)
                {
                    logp[n][k] = Math.Exp(logp[n][k]);
                }
            }

            return logp;
        }
    }
}
