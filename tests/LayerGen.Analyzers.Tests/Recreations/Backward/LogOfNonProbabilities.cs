// Look-alikes written for LG0005 (our own code, patterns from ML.NET's LogSumExp, binary cross-entropy of a
// sigmoid as in tech-quantum/techquantum-demos NeuroSimple, and log-count features): logs of values that are
// not softmax probabilities. Correct as far as LG0005 is concerned: no diagnostic.
using System;

namespace Recreations.Backward.LogOfNonProbabilities;

public static class Logs
{
    public static double LogSumExp(double[] x)
    {
        double max = double.NegativeInfinity;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }

        double sum = 0;
        foreach (double v in x)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }

    public static double BinaryCrossEntropy(double logit, double target)
    {
        double p = 1.0 / (1.0 + Math.Exp(-logit));
        return -(target * Math.Log(p) + (1 - target) * Math.Log(1 - p));
    }

    public static void LogCounts(int[] counts, double[] features)
    {
        for (int i = 0; i < counts.Length; i++)
        {
            features[i] = Math.Log(counts[i] + 1.0);
        }
    }

    public static double KullbackLeibler(double[] p, double[] q)
    {
        double kl = 0;
        for (int i = 0; i < p.Length; i++)
        {
            kl += p[i] * Math.Log(p[i] / q[i]);
        }

        return kl;
    }
}
