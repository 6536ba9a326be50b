// Annealed importance sampling / SMC sampler with a tempering schedule beta_0 < beta_1 < ...: incremental weights of stage t
// are exp((beta_t - beta_{t-1}) · loglik) over that stage's particles. Layout: double[stages, particles] log-likelihoods.
// Correct: each stage's maximum of its own tempered increments, each stage's own sum.
using System;

namespace HeldOut32;

/// <summary>Normalised incremental weights along a tempering schedule.</summary>
public static class TemperingSchedule
{
    /// <summary>w[t, i] = softmax over i of (beta[t] - beta[t - 1]) · logLik[t, i], beta[-1] = 0.</summary>
    public static double[,] IncrementalWeights(double[] beta, double[,] logLik)
    {
        int stages = beta.Length, n = logLik.GetLength(1);
        var w = new double[stages, n];
        double previous = 0;
        for (int t = 0; t < stages; t++)
        {
            double delta = beta[t] - previous;
            previous = beta[t];
            double peak = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                peak = Math.Max(peak, delta * logLik[t, i]);
            }

            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                w[t, i] = Math.Exp(delta * logLik[t, i] - peak);
                sum += w[t, i];
            }

            for (int i = 0; i < n; i++)
            {
                w[t, i] /= sum;
            }
        }

        return w;
    }
}
