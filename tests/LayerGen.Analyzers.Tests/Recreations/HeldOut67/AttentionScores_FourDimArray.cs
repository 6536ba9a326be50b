// Idiom: scaled dot-product attention weights of a multi-head layer, the scores kept as a rank-4 array
// [batch, heads, queries, keys] and the softmax taken over keys (the `np.max(x, axis=-1, keepdims=True)` pattern of
// NumPy transformer ports, written out as loops; our own code).
// Layout: float[b, h, q, k], softmax over dimension 3.
// Correct: per-query max (MathF.Max fold) and sum over the keys.
using System;

namespace HeldOut67.AttentionScores_FourDimArray;

public static class MultiHeadAttention
{
    public static float[,,,] AttentionWeights(float[,,,] scores, float scale)
    {
        int batch = scores.GetLength(0), heads = scores.GetLength(1);
        int queries = scores.GetLength(2), keys = scores.GetLength(3);
        var weights = new float[batch, heads, queries, keys];
        for (int b = 0; b < batch; b++)
        {
            for (int hd = 0; hd < heads; hd++)
            {
                for (int q = 0; q < queries; q++)
                {
                    float rowMax = float.MinValue;
                    for (int k = 0; k < keys; k++)
                    {
                        rowMax = MathF.Max(rowMax, scores[b, hd, q, k] * scale);
                    }

                    float rowSum = 0f;
                    for (int k = 0; k < keys; k++)
                    {
                        float e = MathF.Exp(scores[b, hd, q, k] * scale - rowMax);
                        weights[b, hd, q, k] = e;
                        rowSum += e;
                    }

                    for (int k = 0; k < keys; k++)
                    {
                        weights[b, hd, q, k] /= rowSum;
                    }
                }
            }
        }

        return weights;
    }
}
