// Bootstrap particle filter: normalised importance weights and effective sample size per time step, from log-weights.
// Layout: jagged double[steps][particles] log-weights, weights written to a caller's jagged buffer.
// Correct (online softmax): one pass keeps a running maximum and rescales the running sum by exp(old - new) whenever the
// maximum grows; a second pass divides exp(l - max) by that sum.
using System;

namespace HeldOut32;

/// <summary>Weight normalisation of a particle filter.</summary>
public static class ParticleWeightsOnline
{
    /// <summary>Writes the normalised weights of every step and returns each step's ESS = 1 / Σ w².</summary>
    public static double[] NormaliseSteps(double[][] logWeight, double[][] weight)
    {
        var ess = new double[logWeight.Length];
        for (int t = 0; t < logWeight.Length; t++)
        {
            double[] lw = logWeight[t];
            double m = double.NegativeInfinity, s = 0;
            foreach (double l in lw)
            {
                if (l <= m)
                {
                    s += Math.Exp(l - m);
                }
                else
                {
                    s = s * Math.Exp(m - l) + 1.0;
                    m = l;
                }
            }

            double[] w = weight[t];
            double sq = 0;
            for (int i = 0; i < lw.Length; i++)
            {
                w[i] = Math.Exp(lw[i] - m) / s;
                sq += w[i] * w[i];
            }

            ess[t] = 1.0 / sq;
        }

        return ess;
    }
}
