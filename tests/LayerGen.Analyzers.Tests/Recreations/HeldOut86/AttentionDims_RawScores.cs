// Idiom: `scores is { Rank: 3 }` property pattern on an Array, positional deconstruction of a shape record
// Use: attention weights of a multi-head layer
// Layout: double[batch, heads, keys] 3-D array; softmax over keys for each (batch, head)
// Bug: LG0003, the weights are exps of the raw scores
// Our own code
using System;

namespace HeldOut86.AttentionDims_RawScores;

public sealed record AttentionShape(int Batch, int Heads, int Keys);

public static class MultiHead
{
    public static double[,,] Weights(double[,,] scores)
    {
        if (scores is not { Rank: 3 })
        {
            throw new ArgumentException("rank 3 expected", nameof(scores));
        }

        var (batch, heads, keys) = new AttentionShape(scores.GetLength(0), scores.GetLength(1), scores.GetLength(2));
        var w = new double[batch, heads, keys];
        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                double norm = 0.0;
                for (int k = 0; k < keys; k++)
                {
                    w[b, h, k] = Math.Exp(scores[b, h, k]); //~ LG0003
                    norm += w[b, h, k];
                }

                for (int k = 0; k < keys; k++)
                {
                    w[b, h, k] /= norm;
                }
            }
        }

        return w;
    }
}
