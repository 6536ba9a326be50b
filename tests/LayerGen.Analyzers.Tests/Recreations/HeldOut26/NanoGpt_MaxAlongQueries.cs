// Re-creation (our own code) of the shape of karpathy/nanoGPT, model.py, CausalSelfAttention.forward (the manual,
// non-flash path): att.masked_fill(self.bias[:,:,:T,:T] == 0, float('-inf')); F.softmax(att, dim=-1), with the softmax
// written out by hand on a rank-4 array.
// Layout: float[B, nh, T, T]; the stabilising max is kept per key column j (the porter read dim=-1 as the index of
// the column), the sum per query row i.
// Bug (LG0004): the max runs down the queries (dim -2) while the sum runs along the keys (dim -1).
using System;

namespace Recreations.NanoGpt_MaxAlongQueries;

/// <summary>nanoGPT's masked attention softmax on a (B, nh, T, T) array.</summary>
public static class ManualAttention
{
    /// <summary>Masks the future and softmaxes in place.</summary>
    public static void MaskedSoftmax(float[,,,] att)
    {
        int B = att.GetLength(0), nh = att.GetLength(1), T = att.GetLength(2);
        var colMax = new float[T];
        for (int b = 0; b < B; b++)
        {
            for (int h = 0; h < nh; h++)
            {
                for (int i = 0; i < T; i++)
                    for (int j = i + 1; j < T; j++)
                        att[b, h, i, j] = float.NegativeInfinity;

                for (int j = 0; j < T; j++)
                {
                    colMax[j] = float.NegativeInfinity;
                    for (int i = 0; i < T; i++)
                    {
                        colMax[j] = MathF.Max(colMax[j], att[b, h, i, j]); //~ LG0004
                    }
                }

                for (int i = 0; i < T; i++)
                {
                    float sum = 0f;
                    for (int j = 0; j < T; j++)
                    {
                        att[b, h, i, j] = MathF.Exp(att[b, h, i, j] - colMax[j]);
                        sum += att[b, h, i, j];
                    }

                    for (int j = 0; j < T; j++)
                    {
                        att[b, h, i, j] /= sum;
                    }
                }
            }
        }
    }
}
