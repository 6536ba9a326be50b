// Source: min-char-rnn (Karpathy) C# ports: the loss function's per-time-step softmax
// ps[t] = exp(ys[t]) / sum(exp(ys[t])) over the character vocabulary.
// Layout: List<double[]> of output scores, one array per time step; softmax over the vocabulary of each step.
// Bug LG0003: exp of the raw scores, no maximum subtracted.
using System;
using System.Collections.Generic;

namespace HeldOut7.CharRnnRawExpSteps
{
    public static class MinCharRnn
    {
        public static List<double[]> StepProbabilities(List<double[]> ys)
        {
            var ps = new List<double[]>(ys.Count);
            foreach (double[] y in ys)
            {
                var p = new double[y.Length];
                double sum = 0;
                for (int k = 0; k < y.Length; k++)
                {
                    p[k] = Math.Exp(y[k]); //~ LG0003
                    sum += p[k];
                }

                for (int k = 0; k < y.Length; k++)
                {
                    p[k] /= sum;
                }

                ps.Add(p);
            }

            return ps;
        }
    }
}
