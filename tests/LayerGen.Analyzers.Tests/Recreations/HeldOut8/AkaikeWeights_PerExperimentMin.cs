// Source: Akaike weights for multi-model inference (Burnham & Anderson; w_i = exp(-delta_i / 2) / sum, delta_i =
// AIC_i - min AIC), as in model-averaging utilities of statistics packages, re-created.
// Layout: List<double[]> of candidate-model AIC values, one array per experiment; LINQ Min per experiment.
// Correct: the minimum AIC of each experiment is the maximum of -AIC/2, subtracted per experiment.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut8;

public static class AkaikeWeights_PerExperimentMin
{
    public static List<double[]> Weights(List<double[]> aicPerExperiment)
    {
        var all = new List<double[]>(aicPerExperiment.Count);
        foreach (double[] aic in aicPerExperiment)
        {
            double best = aic.Min();
            var w = new double[aic.Length];
            double total = 0;
            for (int i = 0; i < aic.Length; i++)
            {
                double delta = aic[i] - best;
                w[i] = Math.Exp(-0.5 * delta);
                total += w[i];
            }

            for (int i = 0; i < w.Length; i++) w[i] /= total;
            all.Add(w);
        }
        return all;
    }
}
