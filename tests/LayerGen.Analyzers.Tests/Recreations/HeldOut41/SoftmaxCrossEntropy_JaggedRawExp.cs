// Idiom: softmax + cross-entropy forward (loss = log Σ exp z - z[y]) and gradient p - onehot, per sample
// Layout: jagged double[batch][classes]
// Bug (LG0003): exp of the raw logits, no max subtracted (overflow above ~709)
using System;

namespace HeldOut41.SoftmaxCrossEntropy_JaggedRawExp;

public static class SoftmaxLoss
{
    public static double Compute(double[][] z, int[] y, double[][] p, double[][] dz)
    {
        double total = 0;
        for (int i = 0; i < z.Length; i++)
        {
            double[] row = z[i];
            double sum = 0;
            for (int k = 0; k < row.Length; k++)
            {
                p[i][k] = Math.Exp(row[k]); //~ LG0003
                sum += p[i][k];
            }
            for (int k = 0; k < row.Length; k++)
            {
                p[i][k] /= sum;
                dz[i][k] = p[i][k] - (k == y[i] ? 1 : 0);
            }
            total += Math.Log(sum) - row[y[i]];
        }
        return total / z.Length;
    }
}
