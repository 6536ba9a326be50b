// Re-creation (our own code) of AttentionForwardAtBatchTokenHead in nietras/Llm.cs, src/Llm/Llm.cs.
// Layout: scores stored flat as [batch, heads, tokens, tokens]; the row for (b, h, t) starts at
// ((b * heads + h) * tokens + t) * tokens. The max is accumulated in the same pass that computes each
// query-key dot product, only over the causal prefix t2 <= t; masked entries get probability 0.
// Correct: max, sum and scale all reset per (b, h, t) and run over the same prefix.
using System;

namespace Recreations.LlmCsCausalAttentionFlat;

public static class CausalAttention
{
    /// <summary>queries and keys are [batch, heads, tokens, headSize]; weights is [batch, heads, tokens, tokens].</summary>
    public static void Weights(float[] queries, float[] keys, int batch, int heads, int tokens, int headSize, float[] weights)
    {
        float scale = 1f / MathF.Sqrt(headSize);
        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                int qkBase = (b * heads + h) * tokens * headSize;
                for (int t = 0; t < tokens; t++)
                {
                    int row = ((b * heads + h) * tokens + t) * tokens;
                    float max = float.MinValue;
                    for (int t2 = 0; t2 <= t; t2++)
                    {
                        float dot = 0f;
                        for (int i = 0; i < headSize; i++)
                        {
                            dot += queries[qkBase + t * headSize + i] * keys[qkBase + t2 * headSize + i];
                        }

                        dot *= scale;
                        max = MathF.Max(max, dot);
                        weights[row + t2] = dot;
                    }

                    float expSum = 0f;
                    for (int t2 = 0; t2 <= t; t2++)
                    {
                        float e = MathF.Exp(weights[row + t2] - max);
                        expSum += e;
                        weights[row + t2] = e;
                    }

                    float inverse = expSum == 0f ? 0f : 1f / expSum;
                    for (int t2 = 0; t2 < tokens; t2++)
                    {
                        weights[row + t2] = t2 <= t ? weights[row + t2] * inverse : 0f;
                    }
                }
            }
        }
    }
}
