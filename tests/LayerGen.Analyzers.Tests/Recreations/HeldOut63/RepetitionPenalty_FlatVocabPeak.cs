// HeldOut63 / RepetitionPenalty_FlatVocabPeak
// Idiom: repetition penalty over a flat batch of logits, then the softmax; the shift is kept "per token id" (peak[v]
// over all sequences at vocabulary slot v) while each sequence's sum runs over its vocabulary (own code).
// Layout: flat float[batch * vocab], sequence b at b * vocab, int[][] history; penalised copy; `if` fold into peak[v]
// across the batch; MathF.Exp.
// Label: LG0004 (maximum over the batch axis, sum over the vocabulary axis).
using System;

namespace HeldOut63.RepetitionPenalty_FlatVocabPeak;

public static class FlatPenalisedSampler
{
    public static float[] PenalisedProbabilities(float[] logits, int batch, int vocab, int[][] history, float penalty)
    {
        var penalised = (float[])logits.Clone();
        for (int b = 0; b < batch; b++)
        {
            foreach (int token in history[b])
            {
                int at = b * vocab + token;
                penalised[at] = penalised[at] > 0f ? penalised[at] / penalty : penalised[at] * penalty;
            }
        }

        var peak = new float[vocab];
        Array.Fill(peak, float.NegativeInfinity);
        for (int b = 0; b < batch; b++)
        {
            for (int v = 0; v < vocab; v++)
            {
                if (penalised[b * vocab + v] > peak[v]) peak[v] = penalised[b * vocab + v]; //~ LG0004
            }
        }

        var probs = new float[batch * vocab];
        for (int b = 0; b < batch; b++)
        {
            int o = b * vocab;
            float sum = 0f;
            for (int v = 0; v < vocab; v++)
            {
                probs[o + v] = MathF.Exp(penalised[o + v] - peak[v]);
                sum += probs[o + v];
            }

            for (int v = 0; v < vocab; v++)
            {
                probs[o + v] /= sum;
            }
        }

        return probs;
    }
}
