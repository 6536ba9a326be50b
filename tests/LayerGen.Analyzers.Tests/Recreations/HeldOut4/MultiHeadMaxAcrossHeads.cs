// Source: multi-head attention in C# transformer ports (BERT/GPT inference without a tensor library):
// scores laid out [heads, T, T]; softmax over keys for every (head, query).
// Layout: flat [heads, T, T]; per-query max computed once and shared by all heads; per-(head, query) sums.
// Bug: the max for query t is taken over all heads' rows for t, more than the key axis of one head's row.
using System;

namespace LayerGen.HeldOut4.MultiHeadMaxAcrossHeads;

public static class MultiHeadAttention
{
    public static void Softmax(float[] scores, float[] probs, int heads, int tokens)
    {
        var queryMax = new float[tokens];
        for (int t = 0; t < tokens; t++)
        {
            float m = float.NegativeInfinity;
            for (int h = 0; h < heads; h++)
            {
                for (int j = 0; j < tokens; j++)
                    m = MathF.Max(m, scores[(h * tokens + t) * tokens + j]); //~ LG0001
            }

            queryMax[t] = m;
        }

        for (int h = 0; h < heads; h++)
        {
            for (int t = 0; t < tokens; t++)
            {
                int row = (h * tokens + t) * tokens;
                float sum = 0f;
                for (int j = 0; j < tokens; j++)
                {
                    probs[row + j] = MathF.Exp(scores[row + j] - queryMax[t]);
                    sum += probs[row + j];
                }

                for (int j = 0; j < tokens; j++)
                    probs[row + j] /= sum;
            }
        }
    }
}
