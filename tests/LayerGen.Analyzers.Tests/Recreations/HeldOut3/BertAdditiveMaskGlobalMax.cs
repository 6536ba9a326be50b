// Re-creates: BERT self-attention in C# ports (extended attention mask: (1 - mask) * -10000 added to the scores),
// followed by a softmax whose stability max is taken once over all heads and query rows.
// Layout: flat [heads, T, T] row-major; softmax axis = keys (last dimension). float.
// Bug: LG0001 (max over every head and row).
using System;

namespace LayerGen.Recreations.HeldOut3.BertAdditiveMaskGlobalMax;

public static class SelfAttention
{
    public static void MaskedSoftmax(float[] scores, float[] attentionMask, int heads, int t)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] += (1f - attentionMask[i % t]) * -10000f;
        }

        float max = float.MinValue;
        for (int i = 0; i < scores.Length; i++)
        {
            if (scores[i] > max) max = scores[i]; //~ LG0001
        }

        for (int h = 0; h < heads; h++)
        {
            for (int q = 0; q < t; q++)
            {
                int o = (h * t + q) * t;
                float sum = 0f;
                for (int k = 0; k < t; k++)
                {
                    scores[o + k] = MathF.Exp(scores[o + k] - max);
                    sum += scores[o + k];
                }

                for (int k = 0; k < t; k++)
                {
                    scores[o + k] /= sum;
                }
            }
        }
    }
}
