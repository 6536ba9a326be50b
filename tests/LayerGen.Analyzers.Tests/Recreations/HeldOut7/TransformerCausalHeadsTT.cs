// Source: Transformer-from-scratch in C# (shape of llm.c/nanoGPT C# ports: attention scores laid out
// [heads, T, T] in one flat buffer, causal mask j <= i); masked positions get weight 0.
// Layout: float[] flat [heads, T, T]; softmax over keys j = 0..i of each (head, query i) row.
// Correct.
using System;

namespace HeldOut7.TransformerCausalHeadsTT
{
    public static class CausalSelfAttention
    {
        public static void SoftmaxScores(float[] scores, int heads, int steps)
        {
            for (int h = 0; h < heads; h++)
            {
                for (int i = 0; i < steps; i++)
                {
                    int row = (h * steps + i) * steps;
                    float maxVal = float.MinValue;
                    for (int j = 0; j <= i; j++)
                    {
                        if (scores[row + j] > maxVal) maxVal = scores[row + j];
                    }

                    float expSum = 0f;
                    for (int j = 0; j <= i; j++)
                    {
                        float e = MathF.Exp(scores[row + j] - maxVal);
                        scores[row + j] = e;
                        expSum += e;
                    }

                    float inv = expSum == 0f ? 0f : 1f / expSum;
                    for (int j = 0; j < steps; j++)
                    {
                        scores[row + j] = j <= i ? scores[row + j] * inv : 0f;
                    }
                }
            }
        }
    }
}
