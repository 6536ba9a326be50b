// Idiom: rectangular rank-3 array float[,,] with GetLength, and tuple deconstruction of its extents.
// Use: multi-head attention, softmax over keys for every (head, query).
// Layout: float[heads, queries, keys], softmax along the last dimension.
// Label: Correct.
using System;

namespace LayerGen.Recreations.HeldOut27;

public static class Rank3MultiHead
{
    /// <summary>In-place softmax over the key dimension of every head's score matrix.</summary>
    public static void NormaliseKeys(float[,,] scores)
    {
        var (heads, queries, keys) = (scores.GetLength(0), scores.GetLength(1), scores.GetLength(2));
        for (int h = 0; h < heads; h++)
        {
            for (int q = 0; q < queries; q++)
            {
                float m = float.MinValue;
                for (int k = 0; k < keys; k++)
                {
                    m = Math.Max(m, scores[h, q, k]);
                }

                float z = 0f;
                for (int k = 0; k < keys; k++)
                {
                    scores[h, q, k] = MathF.Exp(scores[h, q, k] - m);
                    z += scores[h, q, k];
                }

                for (int k = 0; k < keys; k++)
                {
                    scores[h, q, k] /= z;
                }
            }
        }
    }
}
