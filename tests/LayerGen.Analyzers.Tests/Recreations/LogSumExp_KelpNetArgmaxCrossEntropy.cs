// Re-creation (our own code) of the shape of KelpNet's SoftmaxCrossEntropy forward (harujoh/KelpNet,
// KelpNet.Functions.Loss.SoftmaxCrossEntropy): per batch row, an argmax slot index seeded with 0 (a term of the row),
// the row's peak read through it, then log z = m + log Σ exp(x - m) and the loss log z - x[label].
// Layout: flat double[] [batch, classes], index b * classes + i; int[] labels.
// Correct: the log-sum-exp is shifted by the row's peak (the zero-seeded slot is row element 0, not the constant 0).
using System;

namespace Recreations.LogSumExpKelpNetArgmaxCrossEntropy;

public static class SoftmaxCrossEntropy
{
    public static double Loss(double[] logits, int[] labels, int classes)
    {
        double loss = 0.0;
        for (int b = 0; b < labels.Length; b++)
        {
            int offset = b * classes;
            int maxIndex = 0;
            for (int i = 1; i < classes; i++)
            {
                if (logits[offset + i] > logits[offset + maxIndex])
                {
                    maxIndex = i;
                }
            }

            double m = logits[offset + maxIndex];
            double t = 0.0;
            for (int i = 0; i < classes; i++)
            {
                t += Math.Exp(logits[offset + i] - m);
            }

            double logZ = m + Math.Log(t);
            loss += logZ - logits[offset + labels[b]];
        }

        return loss / labels.Length;
    }
}
