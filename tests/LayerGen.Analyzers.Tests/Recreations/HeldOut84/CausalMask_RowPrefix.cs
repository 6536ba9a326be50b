// Idiom: causal (look-ahead) mask in self-attention; future keys skipped with `continue`.
// Use: decoder self-attention weights.
// Layout: float[T, T] scores, query i attends to keys 0..i.
// Correct: the max and the sum of row i run over keys j <= i only; masked cells are written 0.
// Our own code.
using System;

namespace HeldOut84.CausalMask_RowPrefix;

public static class DecoderAttention
{
    public static float[,] Weights(float[,] scores)
    {
        int n = scores.GetLength(0);
        var p = new float[n, n];
        for (int i = 0; i < n; i++)
        {
            float rowMax = float.NegativeInfinity;
            for (int j = 0; j <= i; j++) rowMax = MathF.Max(rowMax, scores[i, j]);

            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                if (j > i)
                {
                    p[i, j] = 0f;
                    continue;
                }
                p[i, j] = MathF.Exp(scores[i, j] - rowMax);
                sum += p[i, j];
            }

            for (int j = 0; j <= i; j++) p[i, j] /= sum;
        }
        return p;
    }
}
