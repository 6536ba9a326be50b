// Re-creation (our own code) of a Gaussian-mixture log-likelihood as written in C# clustering / EM code (the shape of
// Accord.NET's and AiDotNet's mixture LogLikelihood methods): per sample, log Σ_k π_k · exp(ℓ_k) over per-component
// log-densities ℓ_k of a diagonal Gaussian.
// Layout: double[][] samples, double[] weights, double[][] means and variances per component.
// Bug (LG0003): RawLogLikelihood exponentiates ℓ_k directly: a sample far from every component has ℓ_k below −745,
// each term underflows to 0 and log 0 = −∞. StableLogLikelihood shifts by the largest log π_k + ℓ_k.
using System;

namespace Recreations.LogSumExpMixtureLogLikelihood;

public static class DiagonalMixture
{
    public static double RawLogLikelihood(double[][] samples, double[] weights, double[][] means, double[][] variances)
    {
        double total = 0.0;
        foreach (var x in samples)
        {
            double likelihood = 0.0;
            for (int k = 0; k < weights.Length; k++)
            {
                double logDensity = 0.0;
                for (int d = 0; d < x.Length; d++)
                {
                    double z = x[d] - means[k][d];
                    logDensity += -0.5 * z * z / variances[k][d] - 0.5 * Math.Log(2.0 * Math.PI * variances[k][d]);
                }

                likelihood += weights[k] * Math.Exp(logDensity); //~ LG0003
            }

            total += Math.Log(likelihood);
        }

        return total;
    }

    public static double StableLogLikelihood(double[][] samples, double[] weights, double[][] means, double[][] variances)
    {
        double total = 0.0;
        var scores = new double[weights.Length];
        foreach (var x in samples)
        {
            double best = double.NegativeInfinity;
            for (int k = 0; k < weights.Length; k++)
            {
                scores[k] = Math.Log(weights[k]) + LogDensity(x, means[k], variances[k]);
                best = Math.Max(best, scores[k]);
            }

            double sum = 0.0;
            for (int k = 0; k < weights.Length; k++)
            {
                sum += Math.Exp(scores[k] - best);
            }

            total += best + Math.Log(sum);
        }

        return total;
    }

    private static double LogDensity(double[] x, double[] mean, double[] variance)
    {
        double logDensity = 0.0;
        for (int d = 0; d < x.Length; d++)
        {
            double z = x[d] - mean[d];
            logDensity -= 0.5 * (z * z / variance[d] + Math.Log(2.0 * Math.PI * variance[d]));
        }

        return logDensity;
    }
}
