// Idiom: sampled softmax, per example a candidate set (true class + sampled negatives), logits h · w_c over candidates only
// Layout: jagged hidden[batch][dim], output weights[class][dim], List<int>[] candidates, jagged probs[batch][candidate]
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut41.SampledSoftmax_CandidateLoops;

public static class SampledSoftmax
{
    public static double Forward(double[][] hidden, double[][] outW, List<int>[] candidates, double[][] probs)
    {
        double loss = 0;
        for (int i = 0; i < hidden.Length; i++)
        {
            List<int> cand = candidates[i];
            var logit = new double[cand.Count];
            double best = double.NegativeInfinity;
            for (int j = 0; j < cand.Count; j++)
            {
                logit[j] = Dot(hidden[i], outW[cand[j]]);
                if (logit[j] > best) best = logit[j];
            }
            double z = 0;
            for (int j = 0; j < cand.Count; j++)
            {
                probs[i][j] = Math.Exp(logit[j] - best);
                z += probs[i][j];
            }
            for (int j = 0; j < cand.Count; j++) probs[i][j] /= z;
            loss += best + Math.Log(z) - logit[0];
        }
        return loss / hidden.Length;
    }

    static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int d = 0; d < a.Length; d++) s += a[d] * b[d];
        return s;
    }
}
