// Idiom: vision transformer attention map, softmax over the key patches of each query, max taken along the other dim
// Layout: float[heads, queries, keys] multidimensional array
// Bug (LG0004): the max runs per key over the queries (dim -2), the sum per query over the keys (dim -1)
using System;

namespace HeldOut38.VitAttention_KeyColumnMax;

public static class AttentionSoftmax
{
    public static float[,,] Forward(float[,,] scores)
    {
        int heads = scores.GetLength(0), nq = scores.GetLength(1), nk = scores.GetLength(2);
        var attn = new float[heads, nq, nk];
        var colMax = new float[nk];

        for (int h = 0; h < heads; h++)
        {
            for (int k = 0; k < nk; k++)
            {
                colMax[k] = float.MinValue;
                for (int q = 0; q < nq; q++)
                    colMax[k] = MathF.Max(colMax[k], scores[h, q, k]); //~ LG0004
            }

            for (int q = 0; q < nq; q++)
            {
                float denom = 0f;
                for (int k = 0; k < nk; k++)
                {
                    attn[h, q, k] = MathF.Exp(scores[h, q, k] - colMax[k]);
                    denom += attn[h, q, k];
                }

                for (int k = 0; k < nk; k++)
                    attn[h, q, k] /= denom;
            }
        }

        return attn;
    }
}
