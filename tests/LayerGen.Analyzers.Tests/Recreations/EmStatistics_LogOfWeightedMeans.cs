// Correct code (no LG0005): EM for a two-component mixture whose E-step computes responsibilities with a stable
// two-way softmax, and whose M-step takes logs of statistics of those responsibilities: the mixing weight
// π = Σ r / n (and its complement 1 − π), and a variance Σ r·d / Σ r (a responsibility-weighted mean). A log of a sum
// or mean folded from probabilities is the log of a statistic, not of a softmax probability: it is not log(softmax(x))
// and has no log-softmax rewrite (the cross-entropy shape Σ t·log p keeps the sum outside the log).
// Source: the EM loop of ooples/AiDotNet's BobaAggregationStrategy.RunEM (honest / Byzantine clients by squared
// distance, clamped mixing weight) and of textbook Gaussian-mixture code (Bishop, PRML §9.2).
// Layouts: double[] per client (scalars π, σ²); jagged double[n][k] responsibilities with per-component π[k] and σ²[k]
// in buffers; float[] responsibilities with the statistics in a LINQ-free helper-free loop.
using System;

namespace Recreations.EmStatisticsLogOfWeightedMeans;

public static class LogOfWeightedMeans
{
    public static double[] TwoComponents(double[] sqDistances, int iterations)
    {
        int n = sqDistances.Length;
        var r = new double[n];
        double piH = 0.5, sigmaHSq = 1.0, sigmaBSq = 4.0;
        for (int iter = 0; iter < iterations; iter++)
        {
            double piB = 1.0 - piH;
            for (int c = 0; c < n; c++)
            {
                double logPostH = Math.Log(piH) - sqDistances[c] / (2.0 * sigmaHSq) - 0.5 * Math.Log(sigmaHSq);
                double logPostB = Math.Log(piB) - sqDistances[c] / (2.0 * sigmaBSq) - 0.5 * Math.Log(sigmaBSq);
                double m = Math.Max(logPostH, logPostB);
                double eH = Math.Exp(logPostH - m);
                double eB = Math.Exp(logPostB - m);
                r[c] = eH / (eH + eB);
            }

            double sumR = 0, weightedH = 0, weightedB = 0;
            for (int c = 0; c < n; c++)
            {
                sumR += r[c];
                weightedH += r[c] * sqDistances[c];
                weightedB += (1.0 - r[c]) * sqDistances[c];
            }

            piH = Math.Max(0.1, Math.Min(0.99, sumR / n));
            if (sumR > 1e-10) sigmaHSq = weightedH / sumR + 1e-10;
            if (n - sumR > 1e-10) sigmaBSq = weightedB / (n - sumR) + 1e-10;
            sigmaBSq = Math.Max(sigmaBSq, 1.5 * sigmaHSq);
        }

        return r;
    }

    public static void MixtureStep(double[] x, double[] mean, double[] variance, double[] weight, double[][] r)
    {
        int n = x.Length, k = mean.Length;
        for (int i = 0; i < n; i++)
        {
            double best = double.NegativeInfinity;
            var logJoint = new double[k];
            for (int j = 0; j < k; j++)
            {
                double d = x[i] - mean[j];
                logJoint[j] = Math.Log(weight[j]) - 0.5 * Math.Log(variance[j]) - d * d / (2 * variance[j]);
                best = Math.Max(best, logJoint[j]);
            }

            double z = 0;
            for (int j = 0; j < k; j++)
            {
                r[i][j] = Math.Exp(logJoint[j] - best);
                z += r[i][j];
            }

            for (int j = 0; j < k; j++) r[i][j] /= z;
        }

        for (int j = 0; j < k; j++)
        {
            double nk = 0, sx = 0;
            for (int i = 0; i < n; i++)
            {
                nk += r[i][j];
                sx += r[i][j] * x[i];
            }

            weight[j] = nk / n;
            mean[j] = sx / nk;
            double sv = 0;
            for (int i = 0; i < n; i++) sv += r[i][j] * (x[i] - mean[j]) * (x[i] - mean[j]);
            variance[j] = sv / nk + 1e-9;
        }
    }

    public static float LogEvidenceOfWeights(float[] scores, float[] responsibilities)
    {
        float best = float.NegativeInfinity;
        foreach (float s in scores) best = MathF.Max(best, s);
        float total = 0f;
        for (int i = 0; i < scores.Length; i++)
        {
            responsibilities[i] = MathF.Exp(scores[i] - best);
            total += responsibilities[i];
        }

        float mass = 0f;
        for (int i = 0; i < scores.Length; i++)
        {
            responsibilities[i] /= total;
            mass += responsibilities[i] * responsibilities[i];
        }

        float effective = 1f / mass;
        return MathF.Log(effective);
    }
}
