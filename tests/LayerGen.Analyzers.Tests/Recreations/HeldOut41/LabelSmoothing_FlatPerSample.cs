// Idiom: label-smoothed cross-entropy from logits, q = (1 - eps) onehot + eps / C, gradient (p - q) / N
// Layout: flat double[] with logits[n * classes + c]
// Correct
using System;

namespace HeldOut41.LabelSmoothing_FlatPerSample;

public static class SmoothedCrossEntropy
{
    public static double Loss(double[] logits, int[] targets, int classes, double eps, double[] probs, double[] grad)
    {
        int batch = targets.Length;
        double loss = 0;
        for (int n = 0; n < batch; n++)
        {
            int off = n * classes;
            double max = logits[off];
            for (int c = 1; c < classes; c++)
                max = Math.Max(max, logits[off + c]);
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                double e = Math.Exp(logits[off + c] - max);
                probs[off + c] = e;
                sum += e;
            }
            double lse = max + Math.Log(sum);
            for (int c = 0; c < classes; c++)
            {
                probs[off + c] /= sum;
                double q = c == targets[n] ? 1 - eps + eps / classes : eps / classes;
                loss += q * (lse - logits[off + c]);
                grad[off + c] = (probs[off + c] - q) / batch;
            }
        }
        return loss / batch;
    }
}
