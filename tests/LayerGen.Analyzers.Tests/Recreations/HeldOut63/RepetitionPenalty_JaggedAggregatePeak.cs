// HeldOut63 / RepetitionPenalty_JaggedAggregatePeak
// Idiom: CTRL-style repetition penalty before the softmax: logits of tokens already generated in a sequence are divided
// by the penalty when positive and multiplied by it when negative, then the penalised row is softmaxed (the
// Hugging Face RepetitionPenaltyLogitsProcessor rule; own code).
// Layout: jagged float[sequence][vocab], IReadOnlyList<HashSet<int>> history per sequence; penalised copy per row;
// row.Aggregate(float.NegativeInfinity, MathF.Max) for the maximum; MathF.Exp.
// Label: Correct (maximum and sum over one penalised sequence).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.RepetitionPenalty_JaggedAggregatePeak;

public static class PenalisedSampler
{
    public static float[][] PenalisedProbabilities(float[][] logits, IReadOnlyList<HashSet<int>> history, float penalty)
    {
        var probs = new float[logits.Length][];
        for (int s = 0; s < logits.Length; s++)
        {
            float[] row = (float[])logits[s].Clone();
            foreach (int token in history[s])
            {
                row[token] = row[token] > 0f ? row[token] / penalty : row[token] * penalty;
            }

            float peak = row.Aggregate(float.NegativeInfinity, MathF.Max);
            float sum = 0f;
            for (int v = 0; v < row.Length; v++)
            {
                row[v] = MathF.Exp(row[v] - peak);
                sum += row[v];
            }

            for (int v = 0; v < row.Length; v++)
            {
                row[v] /= sum;
            }

            probs[s] = row;
        }

        return probs;
    }
}
