// Source: decoder self-attention in C# GPT/llama ports (llm.c-style C# ports, SharpGPT-like samples):
// causal softmax of scaled scores, row t attends to keys 0..t only; masked entries written as 0.
// Layout: [T, T] row-major scores; loop bound j <= t; scale 1/sqrt(headDim) applied before the max.
// Correct.
using System;

namespace LayerGen.HeldOut4.CausalAttentionScaledPrefix;

public static class CausalSelfAttention
{
    public static void Weights(float[] scores, float[] weights, int tokens, int headDim)
    {
        float scale = 1f / MathF.Sqrt(headDim);
        for (int t = 0; t < tokens; t++)
        {
            int row = t * tokens;
            float maxScore = float.MinValue;
            for (int j = 0; j <= t; j++)
            {
                float s = scores[row + j] * scale;
                if (s > maxScore)
                    maxScore = s;
            }

            float expSum = 0f;
            for (int j = 0; j <= t; j++)
            {
                float e = MathF.Exp(scores[row + j] * scale - maxScore);
                weights[row + j] = e;
                expSum += e;
            }

            float inv = 1f / expSum;
            for (int j = 0; j < tokens; j++)
                weights[row + j] = j <= t ? weights[row + j] * inv : 0f;
        }
    }
}
