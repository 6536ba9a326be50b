// Source: BiDAF attention flow layer (Seo et al. 2017; allenai/bi-att-flow, galsang/BiDAF-pytorch), re-created shape:
// context-to-query weights a[t, :] = softmax_j S[t, j]; query-to-context weights b = softmax_t (max_j S[t, j]).
// The per-context-word maxima are stored in an array and a max of those maxima shifts the second softmax.
// Layout: float[T, J] similarity matrix, row softmax plus a softmax over row maxima. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class BiDafAttentionFlow_C2QAndQ2C
{
    public static void Attend(float[,] similarity, float[,] contextToQuery, float[] queryToContext)
    {
        int t = similarity.GetLength(0);
        int j = similarity.GetLength(1);
        var rowMax = new float[t];

        for (int c = 0; c < t; c++)
        {
            float m = similarity[c, 0];
            for (int q = 1; q < j; q++)
            {
                m = MathF.Max(m, similarity[c, q]);
            }

            rowMax[c] = m;
            float sum = 0f;
            for (int q = 0; q < j; q++)
            {
                float e = MathF.Exp(similarity[c, q] - m);
                contextToQuery[c, q] = e;
                sum += e;
            }

            for (int q = 0; q < j; q++)
            {
                contextToQuery[c, q] /= sum;
            }
        }

        float top = float.NegativeInfinity;
        for (int c = 0; c < t; c++)
        {
            top = MathF.Max(top, rowMax[c]);
        }

        float z = 0f;
        for (int c = 0; c < t; c++)
        {
            queryToContext[c] = MathF.Exp(rowMax[c] - top);
            z += queryToContext[c];
        }

        for (int c = 0; c < t; c++)
        {
            queryToContext[c] /= z;
        }
    }
}
