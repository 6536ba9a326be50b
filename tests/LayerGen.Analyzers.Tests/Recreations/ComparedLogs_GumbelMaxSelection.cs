// Re-created (our own code) from the operation sampler of ooples/AiDotNet's DADA augmentation (Augmentation/Image/DADA.cs):
// a softmax of noisy scores, then k draws without replacement by the Gumbel-max trick, each draw the argmax of
// log(p) + fresh Gumbel noise over the candidates left. The log of the probability is only compared: an underflowed p
// gives -inf, which never wins the argmax, exactly as its tiny true log would not. Correct: nothing to report.
// Second method: an argmax of log-probabilities kept in a running best (a jagged batch, per row), no guard at all.
using System;

namespace Recreations.ComparedLogsGumbelMaxSelection;

public static class GumbelSelection
{
    public static int[] DrawWithoutReplacement(double[] scores, int draws, Random random)
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

        var picked = new int[draws];
        for (int d = 0; d < draws; d++)
        {
            int winner = -1;
            double best = double.NegativeInfinity;
            for (int k = 0; k < weights.Length; k++)
            {
                if (weights[k] <= 0) continue;
                double noise = -Math.Log(-Math.Log(1e-12 + random.NextDouble() * (1 - 2e-12)));
                double key = Math.Log(weights[k] / total) + noise;
                if (key > best)
                {
                    best = key;
                    winner = k;
                }
            }

            picked[d] = winner;
            if (winner < 0) break;
            total -= weights[winner];
            weights[winner] = 0;
        }

        return picked;
    }

    public static int[] MostLikely(float[][] logits)
    {
        var classes = new int[logits.Length];
        for (int r = 0; r < logits.Length; r++)
        {
            float max = float.MinValue;
            for (int c = 0; c < logits[r].Length; c++) max = MathF.Max(max, logits[r][c]);
            var p = new float[logits[r].Length];
            float sum = 0f;
            for (int c = 0; c < p.Length; c++) { p[c] = MathF.Exp(logits[r][c] - max); sum += p[c]; }
            float bestLog = float.NegativeInfinity;
            for (int c = 0; c < p.Length; c++)
            {
                var logP = MathF.Log(p[c] / sum);
                if (bestLog < logP)
                {
                    bestLog = logP;
                    classes[r] = c;
                }
            }
        }

        return classes;
    }
}
