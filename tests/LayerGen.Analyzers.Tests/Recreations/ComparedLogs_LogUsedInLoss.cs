// Buggy siblings of ComparedLogs_GumbelMaxSelection.cs (AiDotNet DADA's Gumbel-max sampler): the same log of a softmax
// probability, but its value leaves the comparisons. The first also accumulates the log-probabilities into a
// log-likelihood (an underflowed p makes it -inf); the second, beside its argmax, sums an entropy p * log(p) with no
// guard (0 * -inf = NaN for an underflowed p).
using System;

namespace Recreations.ComparedLogsLogUsedInLoss;

public static class GumbelSelection
{
    public static double DrawAndScore(double[] scores, int draws, Random random)
    {
        var weights = new double[scores.Length];
        double peak = double.NegativeInfinity;
        foreach (var s in scores) peak = Math.Max(peak, s);
        double total = 0;
        for (int k = 0; k < scores.Length; k++)
        {
            weights[k] = Math.Exp(scores[k] - peak);
            total += weights[k];
        }

        double logLikelihood = 0;
        for (int d = 0; d < draws; d++)
        {
            int winner = -1;
            double best = double.NegativeInfinity;
            for (int k = 0; k < weights.Length; k++)
            {
                double noise = -Math.Log(-Math.Log(1e-12 + random.NextDouble() * (1 - 2e-12)));
                double logP = Math.Log(weights[k] / total); //~ LG0005
                if (logP + noise > best)
                {
                    best = logP + noise;
                    winner = k;
                }

                logLikelihood += logP;
            }

            if (winner < 0) break;
        }

        return logLikelihood;
    }

    public static int ArgmaxWithEntropy(float[] logits, out float entropy)
    {
        float max = float.MinValue;
        for (int c = 0; c < logits.Length; c++) max = MathF.Max(max, logits[c]);
        var p = new float[logits.Length];
        float sum = 0f;
        for (int c = 0; c < p.Length; c++) { p[c] = MathF.Exp(logits[c] - max); sum += p[c]; }
        float bestLog = float.NegativeInfinity;
        int best = 0;
        entropy = 0f;
        for (int c = 0; c < p.Length; c++)
        {
            var logP = MathF.Log(p[c] / sum); //~ LG0005
            if (bestLog < logP)
            {
                bestLog = logP;
                best = c;
            }

            entropy -= p[c] / sum * logP;
        }

        return best;
    }
}
