// Re-creation (our own code) of the causal self-attention weights in justinamiller/BPEngine,
// src/BPEngine.Transformers/MultiHeadAttention.cs (Forward): scores in a flat [T, T] buffer scaled by 1/sqrt(headDim),
// future positions set to -infinity, then a private span-slice softmax helper per query row.
// Layout: flat float[T * T], row i = AsSpan(i * T, T); masked entries are -infinity.
// Correct: the helper subtracts the row maximum (finite: the diagonal is never masked).
using System;

namespace HeldOut.BPEngineCausalSpanHelper;

public static class CausalAttention
{
    public static void Weights(float[] scores, int tokens, int headDim)
    {
        float scale = 1f / MathF.Sqrt(headDim);
        for (int i = 0; i < tokens; i++)
        {
            for (int j = 0; j < tokens; j++)
            {
                int at = i * tokens + j;
                scores[at] = j > i ? float.NegativeInfinity : scores[at] * scale;
            }

            SoftmaxInPlace(scores.AsSpan(i * tokens, tokens));
        }
    }

    private static void SoftmaxInPlace(Span<float> row)
    {
        float max = float.NegativeInfinity;
        foreach (float v in row)
        {
            if (v > max)
            {
                max = v;
            }
        }

        float sum = 0f;
        for (int j = 0; j < row.Length; j++)
        {
            row[j] = MathF.Exp(row[j] - max);
            sum += row[j];
        }

        for (int j = 0; j < row.Length; j++)
        {
            row[j] /= sum;
        }
    }
}
