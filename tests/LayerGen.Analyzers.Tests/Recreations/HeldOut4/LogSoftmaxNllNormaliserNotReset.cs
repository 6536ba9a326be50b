// Source: log-softmax + NLL loss layers in small C# DL libraries (ConvNetSharp/SiaNet-style loss code): per-sample
// log-probabilities from a stable log-sum-exp, read later by the NLL loss and exponentiated for metrics.
// Layout: row-major [batch, classes] double; per-sample max; the exp-sum declared before the sample loop.
// Bug: the exp-sum is not reset per sample, so each log-normaliser includes all earlier samples' terms.
using System;

namespace LayerGen.HeldOut4.LogSoftmaxNllNormaliserNotReset;

public static class LogSoftmaxNll
{
    public static void LogProbs(double[] logits, double[] logProbs, int batch, int classes)
    {
        double expSum = 0.0;
        for (int n = 0; n < batch; n++)
        {
            int row = n * classes;
            double m = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
                m = Math.Max(m, logits[row + k]);

            for (int k = 0; k < classes; k++)
                expSum += Math.Exp(logits[row + k] - m); //~ LG0002

            double logZ = m + Math.Log(expSum);
            for (int k = 0; k < classes; k++)
                logProbs[row + k] = logits[row + k] - logZ;
        }
    }

    public static double Loss(double[] logProbs, int[] targets, int classes)
    {
        double loss = 0.0;
        for (int n = 0; n < targets.Length; n++)
            loss -= logProbs[n * classes + targets[n]];
        return loss / targets.Length;
    }
}
