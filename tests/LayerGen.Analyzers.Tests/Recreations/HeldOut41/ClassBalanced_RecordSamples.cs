// Idiom: class-balanced cross-entropy (weights from effective numbers (1 - β) / (1 - β^n_c)), softmax per sample in a helper
// Layout: record Sample(double[] Logits, int Label), List<Sample>, probabilities List<double[]>
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut41.ClassBalanced_RecordSamples;

public sealed record Sample(double[] Logits, int Label);

public static class ClassBalancedLoss
{
    public static double Compute(List<Sample> batch, int[] classCounts, double beta, List<double[]> probabilities)
    {
        var weight = new double[classCounts.Length];
        for (int c = 0; c < weight.Length; c++)
            weight[c] = (1 - beta) / (1 - Math.Pow(beta, classCounts[c]));
        double loss = 0;
        foreach (var sample in batch)
        {
            double[] p = Softmax(sample.Logits, out double lse);
            probabilities.Add(p);
            loss += weight[sample.Label] * (lse - sample.Logits[sample.Label]);
        }
        return loss / batch.Count;
    }

    private static double[] Softmax(double[] z, out double lse)
    {
        double m = double.NegativeInfinity;
        foreach (double v in z) m = Math.Max(m, v);
        var p = new double[z.Length];
        double s = 0;
        for (int k = 0; k < z.Length; k++)
        {
            p[k] = Math.Exp(z[k] - m);
            s += p[k];
        }
        for (int k = 0; k < z.Length; k++) p[k] /= s;
        lse = m + Math.Log(s);
        return p;
    }
}
