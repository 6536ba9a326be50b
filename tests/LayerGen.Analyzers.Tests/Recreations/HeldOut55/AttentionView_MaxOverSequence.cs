// Idiom: attention softmax on a rank-3 `double[,,]` `[batch, queries, keys]` with a lambda per batch element
// (`Action<int>`), where the stabiliser is a per-key maximum taken down the query axis and the normaliser is per
// query over the keys. Layout: `double[batch, queries, keys]`, softmax over the last axis.
// Bug: LG0004 (max over queries, sum over keys).
using System;

namespace HeldOut55.AttentionView_MaxOverSequence;

public static class Attention
{
    /// <summary>Returns the attention weights: softmax over keys for each (batch, query).</summary>
    public static double[,,] Weights(double[,,] scores)
    {
        int batch = scores.GetLength(0);
        int queries = scores.GetLength(1);
        int keys = scores.GetLength(2);
        var w = new double[batch, queries, keys];

        Action<int> perBatch = b =>
        {
            var keyMax = new double[keys];
            Array.Fill(keyMax, double.NegativeInfinity);
            for (int q = 0; q < queries; q++)
            {
                for (int k = 0; k < keys; k++)
                {
                    keyMax[k] = Math.Max(keyMax[k], scores[b, q, k]); //~ LG0004
                }
            }

            for (int q = 0; q < queries; q++)
            {
                double sum = 0.0;
                for (int k = 0; k < keys; k++)
                {
                    w[b, q, k] = Math.Exp(scores[b, q, k] - keyMax[k]);
                    sum += w[b, q, k];
                }

                for (int k = 0; k < keys; k++)
                {
                    w[b, q, k] /= sum;
                }
            }
        };

        for (int b = 0; b < batch; b++)
        {
            perBatch(b);
        }

        return w;
    }
}
