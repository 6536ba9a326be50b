// Source: structured self-attentive sentence embedding (Lin et al. 2017; ExplorerFreda/Structured-Self-Attentive-
// Sentence-Embedding): A = softmax(W_s2 tanh(W_s1 H^T)) over the tokens, one row per hop, padding masked out.
// Layout: float[hops, tokens] scores and a valid length; tokens past the length are skipped and get weight 0; a
// sentence of length 0 gets an all-zero matrix.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class SelfAttentiveEmbedding_Hops
{
    public static float[,] Attention(float[,] scores, int length)
    {
        int hops = scores.GetLength(0);
        int tokens = scores.GetLength(1);
        var a = new float[hops, tokens];
        if (length <= 0)
            return a;
        for (int r = 0; r < hops; r++)
        {
            float peak = scores[r, 0];
            for (int t = 1; t < length; t++)
                peak = scores[r, t] > peak ? scores[r, t] : peak;
            float sum = 0f;
            for (int t = 0; t < length; t++)
            {
                a[r, t] = MathF.Exp(scores[r, t] - peak);
                sum += a[r, t];
            }
            for (int t = 0; t < length; t++)
                a[r, t] /= sum;
        }
        return a;
    }
}
