// Idiom: sampled softmax over an item vocabulary: each user scores its positive plus sampled negatives (temperature dot products)
// Layout: user and item embeddings float[][]; sampled item ids int[users][samples] (jagged); probabilities jagged
// Correct
using System;

namespace HeldOut36.SampledSoftmax_ShiftedSampledLogits;

public static class SampledSoftmax
{
    public static float[][] Probabilities(float[][] userEmbeddings, float[][] itemEmbeddings, int[][] sampledItems, float temperature)
    {
        var result = new float[userEmbeddings.Length][];
        for (int u = 0; u < userEmbeddings.Length; u++)
        {
            float[] user = userEmbeddings[u];
            int[] items = sampledItems[u];
            var logits = new float[items.Length];
            float max = float.MinValue;
            for (int s = 0; s < items.Length; s++)
            {
                float[] item = itemEmbeddings[items[s]];
                float dot = 0f;
                for (int d = 0; d < user.Length; d++)
                {
                    dot += user[d] * item[d];
                }

                logits[s] = dot / temperature;
                if (logits[s] > max)
                {
                    max = logits[s];
                }
            }

            float total = 0f;
            for (int s = 0; s < logits.Length; s++)
            {
                logits[s] = MathF.Exp(logits[s] - max);
                total += logits[s];
            }

            for (int s = 0; s < logits.Length; s++)
            {
                logits[s] /= total;
            }

            result[u] = logits;
        }

        return result;
    }
}
