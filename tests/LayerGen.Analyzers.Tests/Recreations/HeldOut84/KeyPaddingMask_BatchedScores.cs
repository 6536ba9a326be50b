// Idiom: per-batch `keyLengths[]` as the key padding mask of batched attention scores; the exp is in a helper
// that is given the row max.
// Use: scaled dot-product attention weights, padded keys of each batch element ignored.
// Layout: float[batch, queries, keys]; row (b, q) attends keys k < keyLengths[b].
// Correct: the helper shifts by the max of row (b, q); the sum runs over the same row.
// Our own code.
using System;

namespace HeldOut84.KeyPaddingMask_BatchedScores;

public static class BatchedAttention
{
    public static float[,,] Weights(float[,,] scores, int[] keyLengths)
    {
        int batch = scores.GetLength(0), queries = scores.GetLength(1), keys = scores.GetLength(2);
        var w = new float[batch, queries, keys];
        for (int b = 0; b < batch; b++)
        {
            int kl = keyLengths[b];
            for (int q = 0; q < queries; q++)
            {
                float m = scores[b, q, 0];
                for (int k = 1; k < kl; k++)
                    if (scores[b, q, k] > m) m = scores[b, q, k];

                float den = 0f;
                for (int k = 0; k < kl; k++)
                {
                    w[b, q, k] = ExpShifted(scores[b, q, k], m);
                    den += w[b, q, k];
                }
                for (int k = 0; k < kl; k++) w[b, q, k] /= den;
            }
        }
        return w;
    }

    private static float ExpShifted(float value, float shift) => MathF.Exp(value - shift);
}
