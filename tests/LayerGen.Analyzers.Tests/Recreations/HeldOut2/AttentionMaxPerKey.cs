// Re-creates: scaled dot-product attention in C# NLP code, with the max taken per key column instead of per query row
// Layout: jagged float[queries][keys]; softmax over keys for each query
// Expected: LG0004 — max over queries (per key), sum over keys (per query)
using System;

namespace HeldOut2.AttentionMaxPerKey;

public static class SelfAttention
{
    public static float[][] Softmax(float[][] scores)
    {
        int queries = scores.Length;
        int keys = scores[0].Length;
        var keyMax = new float[keys];
        for (int k = 0; k < keys; k++)
        {
            keyMax[k] = float.NegativeInfinity;
            for (int q = 0; q < queries; q++)
            {
                keyMax[k] = MathF.Max(keyMax[k], scores[q][k]); //~ LG0004
            }
        }

        var weights = new float[queries][];
        for (int q = 0; q < queries; q++)
        {
            weights[q] = new float[keys];
            float sum = 0f;
            for (int k = 0; k < keys; k++)
            {
                weights[q][k] = MathF.Exp(scores[q][k] - keyMax[k]);
                sum += weights[q][k];
            }

            for (int k = 0; k < keys; k++)
            {
                weights[q][k] /= sum;
            }
        }

        return weights;
    }
}
