// Idiom: char-RNN sampler that keeps every step's distribution of a generated line (for a "show probabilities" view)
// Layout: List<double[]> of per-step logits -> jagged double[steps][alphabet]; double
// Bug (LG0003): exp of logits / temperature with no max subtracted
using System;
using System.Collections.Generic;

namespace HeldOut44.TemperatureSampling_RawStepExps;

public static class GenerationTrace
{
    public static double[][] StepDistributions(List<double[]> stepLogits, double temperature)
    {
        var result = new double[stepLogits.Count][];
        for (int t = 0; t < stepLogits.Count; t++)
        {
            double[] logits = stepLogits[t];
            var p = new double[logits.Length];
            double sum = 0.0;
            for (int c = 0; c < logits.Length; c++)
            {
                p[c] = Math.Exp(logits[c] / temperature); //~ LG0003
                sum += p[c];
            }
            for (int c = 0; c < logits.Length; c++)
            {
                p[c] = p[c] / sum;
            }
            result[t] = p;
        }
        return result;
    }

    public static int Pick(double[] distribution, Random rng)
    {
        double u = rng.NextDouble();
        for (int c = 0; c < distribution.Length; c++)
        {
            u -= distribution[c];
            if (u <= 0) return c;
        }
        return distribution.Length - 1;
    }
}
