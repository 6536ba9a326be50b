// Source: label-smoothed softmax cross-entropy in C# training loops (course ports and small DL libraries):
// softmax per sample, then the smoothed target subtracted for the gradient.
// Layout: row-major [batch, classes] double; per-sample max; partition declared above the sample loop.
// Bug: the partition function is accumulated across samples and never reset, so it spans the whole batch.
using System;

namespace LayerGen.HeldOut4.LabelSmoothingPartitionNotReset;

public static class SmoothedLoss
{
    public static void Gradient(double[] logits, int[] labels, double[] grad, int batch, int classes, double epsilon)
    {
        double partition = 0.0;
        for (int n = 0; n < batch; n++)
        {
            int row = n * classes;
            double maxLogit = logits[row];
            for (int k = 1; k < classes; k++)
                maxLogit = Math.Max(maxLogit, logits[row + k]);

            for (int k = 0; k < classes; k++)
                partition += Math.Exp(logits[row + k] - maxLogit); //~ LG0002

            for (int k = 0; k < classes; k++)
            {
                double p = Math.Exp(logits[row + k] - maxLogit) / partition;
                double target = (k == labels[n] ? 1.0 - epsilon : 0.0) + epsilon / classes;
                grad[row + k] = p - target;
            }
        }
    }
}
