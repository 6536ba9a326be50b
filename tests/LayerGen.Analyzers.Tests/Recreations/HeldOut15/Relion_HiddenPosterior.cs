// HeldOut15 — Relion_HiddenPosterior
// Source: RELION expectation step (Scheres 2012, J. Struct. Biol.; 3dem/relion `MlOptimiser::
// convertAllSquaredDifferencesToWeights`): each particle's posterior over its hidden variables
// (class × orientation) is prior · exp(−(diff2 − min diff2)), normalised by the particle's own sum.
// Layout: per particle a jagged row double[particles][classes · rotations] of squared differences,
// class-major (class c at c·rotations); class priors double[classes].
// Correct: each particle's minimum diff2 and its own weight sum (exp_min_diff2 / exp_sum_weight).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Relion_HiddenPosterior
{
    /// <summary>Posterior weights over the hidden variables of every particle.</summary>
    public static double[][] Weights(double[][] diff2, double[] classPrior, int rotations)
    {
        var weights = new double[diff2.Length][];
        for (int p = 0; p < diff2.Length; p++)
        {
            double[] d = diff2[p];
            double minDiff2 = double.MaxValue;
            for (int h = 0; h < d.Length; h++)
                if (d[h] < minDiff2) minDiff2 = d[h];
            var w = new double[d.Length];
            double sumWeight = 0;
            for (int h = 0; h < d.Length; h++)
            {
                w[h] = classPrior[h / rotations] * Math.Exp(-(d[h] - minDiff2));
                sumWeight += w[h];
            }
            for (int h = 0; h < d.Length; h++) w[h] /= sumWeight;
            weights[p] = w;
        }
        return weights;
    }
}
