// Particle filter weight normalisation written with LINQ, as in quick research ports from numpy (w = np.exp(logw); w /= w.sum()).
// Layout: IReadOnlyList<double[]> log-weights per time step, new arrays per step.
// Bug (LG0003): the log-weights are exponentiated inside the Select lambda without subtracting their maximum; log-likelihood
// weights of -800 underflow to 0 and the step gives 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut32;

/// <summary>Normalised particle weights per step.</summary>
public static class ParticleWeightsLinq
{
    /// <summary>One weight vector per step (meant to sum to 1).</summary>
    public static double[][] Normalise(IReadOnlyList<double[]> logWeight)
    {
        var result = new double[logWeight.Count][];
        for (int t = 0; t < logWeight.Count; t++)
        {
            double[] w = logWeight[t].Select(l => Math.Exp(l)).ToArray(); //~ LG0003
            double total = w.Sum();
            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= total;
            }

            result[t] = w;
        }

        return result;
    }

    /// <summary>Effective sample size 1 / Σ w² of normalised weights.</summary>
    public static double EffectiveSampleSize(double[] weight) => 1.0 / weight.Sum(w => w * w);
}
