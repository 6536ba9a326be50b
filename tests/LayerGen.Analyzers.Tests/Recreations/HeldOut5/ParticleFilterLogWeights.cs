// Source: particle-filter weight normalisation in log domain (normalize_log_weights family; C# tracking/localisation
// code): weights = exp(logw - max) / sum. Layout: 1-D double[] of particles, called once per filter step (per row).
// Correct: foreach max, shifted exp in place.
using System;

namespace LayerGen.Recreations.HeldOut5.ParticleFilterLogWeightsNs;

public static class ParticleFilterLogWeights
{
    public static double[] Normalise(double[] logWeights)
    {
        double best = double.NegativeInfinity;
        foreach (double lw in logWeights)
        {
            if (lw > best)
            {
                best = lw;
            }
        }

        var w = new double[logWeights.Length];
        double norm = 0;
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = Math.Exp(logWeights[i] - best);
            norm += w[i];
        }
        for (int i = 0; i < w.Length; i++)
        {
            w[i] /= norm;
        }
        return w;
    }
}
