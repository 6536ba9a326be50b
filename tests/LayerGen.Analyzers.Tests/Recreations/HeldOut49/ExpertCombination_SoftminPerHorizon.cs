// Idiom: exponentially weighted average forecaster (EWA / Hedge) combining expert forecasts, one weight vector per
// forecast horizon from the experts' cumulative losses: w_i ∝ exp(-eta * (L_i - L_min)), a softmin over losses
// (the weight update of opera's ewa.R, written our own way).
// Layout: jagged double[horizons][experts] of cumulative losses; forecasts double[horizons][experts].
// Label: Correct (each horizon's own smallest loss is the shift; each horizon normalised by its own total).
using System;

namespace HeldOut49.ExpertCombination_SoftminPerHorizon;

public static class ForecastCombiner
{
    public static double[][] ExpertWeights(double[][] cumulativeLoss, double eta)
    {
        var weights = new double[cumulativeLoss.Length][];
        for (int h = 0; h < cumulativeLoss.Length; h++)
        {
            double[] loss = cumulativeLoss[h];
            double bestLoss = double.PositiveInfinity;
            for (int i = 0; i < loss.Length; i++)
            {
                bestLoss = Math.Min(bestLoss, loss[i]);
            }

            var w = new double[loss.Length];
            double total = 0.0;
            for (int i = 0; i < loss.Length; i++)
            {
                w[i] = Math.Exp(-eta * (loss[i] - bestLoss));
                total += w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= total;
            }

            weights[h] = w;
        }

        return weights;
    }

    public static double[] Combine(double[][] forecasts, double[][] weights)
    {
        var combined = new double[forecasts.Length];
        for (int h = 0; h < forecasts.Length; h++)
        {
            double acc = 0.0;
            for (int i = 0; i < forecasts[h].Length; i++)
            {
                acc += weights[h][i] * forecasts[h][i];
            }

            combined[h] = acc;
        }

        return combined;
    }
}
