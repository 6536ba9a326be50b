// Idiom: BERT-style extended attention mask: (1 - attentionMask) * -10000 added to the scores, then a plain row
// softmax over every position (padded ones end up with exp(about -10000) = 0).
// Use: encoder attention over padded batches.
// Layout: float[batch, seq] scores, int[batch, seq] attentionMask (1 = token, 0 = pad).
// Correct: max and sum per row over the biased scores.
// Our own code.
using System;

namespace HeldOut84.AdditiveMask_ExtendedAttention;

public static class ExtendedMask
{
    public static float[,] Softmax(float[,] scores, int[,] attentionMask)
    {
        int batch = scores.GetLength(0), seq = scores.GetLength(1);
        var probs = new float[batch, seq];
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < seq; t++)
                probs[b, t] = scores[b, t] + (1 - attentionMask[b, t]) * -10000f;

            float max = probs[b, 0];
            for (int t = 1; t < seq; t++) max = MathF.Max(max, probs[b, t]);

            float sum = 0f;
            for (int t = 0; t < seq; t++)
            {
                probs[b, t] = MathF.Exp(probs[b, t] - max);
                sum += probs[b, t];
            }
            for (int t = 0; t < seq; t++) probs[b, t] /= sum;
        }
        return probs;
    }
}
