// Idiom: masked softmax over a padded batch, valid lengths per sequence, max precomputed in a separate pass
// Layout: jagged float[][] logits [batch][maxLen] padded, int[] lengths
// Bug (LG0004): the max is taken per time step down the batch, the sum per sequence along time
using System;

namespace HeldOut37.PaddedBatch_MaxPerTimeStep;

public static class MaskedSoftmax
{
    public static float[][] Forward(float[][] logits, int[] lengths)
    {
        int maxLen = logits[0].Length;
        var stepMax = new float[maxLen];
        for (int t = 0; t < maxLen; t++)
        {
            stepMax[t] = float.NegativeInfinity;
            for (int b = 0; b < logits.Length; b++)
            {
                if (t < lengths[b]) stepMax[t] = MathF.Max(stepMax[t], logits[b][t]); //~ LG0004
            }
        }

        var probs = new float[logits.Length][];
        for (int b = 0; b < logits.Length; b++)
        {
            probs[b] = new float[maxLen];
            float sum = 0f;
            for (int t = 0; t < lengths[b]; t++)
            {
                probs[b][t] = MathF.Exp(logits[b][t] - stepMax[t]);
                sum += probs[b][t];
            }

            for (int t = 0; t < lengths[b]; t++)
            {
                probs[b][t] /= sum;
            }
        }

        return probs;
    }
}
