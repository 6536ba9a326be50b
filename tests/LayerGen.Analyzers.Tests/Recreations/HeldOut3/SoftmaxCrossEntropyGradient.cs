// Re-creates: fused softmax + cross-entropy backward in C# trainers (SharpLearning / ConvNetSharp loss layers):
// per sample, shifted softmax of the logits, then gradient (p - onehot) / N written into the output.
// Layout: double[][] logits per sample, int[] targets; softmax axis = each row.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.SoftmaxCrossEntropyGradient;

public static class SoftmaxCrossEntropy
{
    public static double[][] Gradient(double[][] logits, int[] targets)
    {
        int n = logits.Length;
        var grad = new double[n][];
        for (int s = 0; s < n; s++)
        {
            double[] z = logits[s];
            double max = z[0];
            for (int k = 1; k < z.Length; k++)
            {
                max = Math.Max(max, z[k]);
            }

            var g = new double[z.Length];
            double sum = 0;
            for (int k = 0; k < z.Length; k++)
            {
                g[k] = Math.Exp(z[k] - max);
                sum += g[k];
            }

            for (int k = 0; k < z.Length; k++)
            {
                g[k] = (g[k] / sum - (k == targets[s] ? 1.0 : 0.0)) / n;
            }

            grad[s] = g;
        }

        return grad;
    }
}
