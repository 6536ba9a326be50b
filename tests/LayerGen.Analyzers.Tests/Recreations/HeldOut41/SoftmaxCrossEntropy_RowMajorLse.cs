// Idiom: softmax + cross-entropy forward from logits (log-sum-exp) and gradient (p - onehot) / N per mini-batch
// Layout: row-major double[batch, classes]
// Correct
using System;

namespace HeldOut41.SoftmaxCrossEntropy_RowMajorLse;

public static class CrossEntropyLayer
{
    public static double Forward(double[,] logits, int[] labels, double[,] probs, double[,] grad)
    {
        int n = logits.GetLength(0), c = logits.GetLength(1);
        double loss = 0.0;
        for (int i = 0; i < n; i++)
        {
            double m = double.NegativeInfinity;
            for (int k = 0; k < c; k++)
                if (logits[i, k] > m) m = logits[i, k];
            double s = 0.0;
            for (int k = 0; k < c; k++)
            {
                probs[i, k] = Math.Exp(logits[i, k] - m);
                s += probs[i, k];
            }
            for (int k = 0; k < c; k++)
            {
                probs[i, k] /= s;
                grad[i, k] = (probs[i, k] - (k == labels[i] ? 1.0 : 0.0)) / n;
            }
            loss += m + Math.Log(s) - logits[i, labels[i]];
        }
        return loss / n;
    }
}
