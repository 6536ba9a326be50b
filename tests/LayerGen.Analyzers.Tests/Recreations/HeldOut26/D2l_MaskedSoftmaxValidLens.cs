// Re-creation (our own code) of the shape of d2l.ai, chapter "Attention Scoring Functions", masked_softmax(X,
// valid_lens): entries past each sequence's valid length are replaced with -1e6, then nn.functional.softmax(X, dim=-1).
// Layout: rank-3 double[batch, queries, keys], valid lengths per batch entry, `x - x.max()` per query row as a helper.
// Correct.
using System;

namespace Recreations.D2l_MaskedSoftmaxValidLens;

/// <summary>d2l's masked_softmax over the last axis.</summary>
public static class AttentionScoring
{
    /// <summary>Attention weights for scores X (batch, queries, keys) with per-batch valid lengths.</summary>
    public static double[,,] MaskedSoftmax(double[,,] X, int[] validLens)
    {
        int batch = X.GetLength(0), queries = X.GetLength(1), keys = X.GetLength(2);
        var weights = new double[batch, queries, keys];
        for (int b = 0; b < batch; b++)
        {
            for (int q = 0; q < queries; q++)
            {
                for (int k = 0; k < keys; k++)
                {
                    weights[b, q, k] = k < validLens[b] ? X[b, q, k] : -1e6;
                }

                double rowMax = RowMax(weights, b, q);
                double partition = 0.0;
                for (int k = 0; k < keys; k++)
                {
                    weights[b, q, k] = Math.Exp(weights[b, q, k] - rowMax);
                    partition += weights[b, q, k];
                }

                for (int k = 0; k < keys; k++)
                {
                    weights[b, q, k] /= partition;
                }
            }
        }

        return weights;
    }

    /// <summary>X[b, q].max().</summary>
    private static double RowMax(double[,,] x, int b, int q)
    {
        double m = x[b, q, 0];
        for (int k = 1; k < x.GetLength(2); k++)
        {
            m = Math.Max(m, x[b, q, k]);
        }

        return m;
    }
}
