// Source: label-smoothed cross-entropy written from scratch (shape of kowaliszyn-pl/ml-csharp
// SoftmaxCrossEntropyLoss and timm's LabelSmoothingCrossEntropy ported by hand): log-softmax per sample inside
// the loss loop, probabilities kept for the gradient.
// Layout: logits double[,] [batch, classes]; softmax over classes; ternary max seeded with x[b, 0].
// Correct.
using System;

namespace HeldOut7.LabelSmoothedCeRowLoop
{
    public static class SmoothedCrossEntropy
    {
        public static double Loss(double[,] logits, int[] labels, double smoothing, out double[,] probs)
        {
            int batch = logits.GetLength(0);
            int classes = logits.GetLength(1);
            probs = new double[batch, classes];
            double loss = 0;
            for (int b = 0; b < batch; b++)
            {
                double m = logits[b, 0];
                for (int c = 1; c < classes; c++)
                {
                    m = logits[b, c] > m ? logits[b, c] : m;
                }

                double z = 0;
                for (int c = 0; c < classes; c++)
                {
                    z += Math.Exp(logits[b, c] - m);
                }

                double logZ = Math.Log(z);
                for (int c = 0; c < classes; c++)
                {
                    double logp = logits[b, c] - m - logZ;
                    double target = c == labels[b] ? 1 - smoothing + smoothing / classes : smoothing / classes;
                    loss -= target * logp;
                    probs[b, c] = Math.Exp(logp);
                }
            }

            return loss / batch;
        }
    }
}
