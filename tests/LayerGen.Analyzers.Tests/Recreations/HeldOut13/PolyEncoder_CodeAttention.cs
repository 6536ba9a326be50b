// Source: Poly-encoder context codes (Humeau et al. 2020; ParlAI `PolyEncoderModule.attend`): m learned codes
// attend over the context tokens (softmax over tokens per code) to build m context vectors.
// Layout: code scores float[codes, tokens], token embeddings float[tokens, dim]; Parallel.For over codes with a
// per-code max.
// Correct.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut13;

public static class PolyEncoder_CodeAttention
{
    public static float[,] Attend(float[,] scores, float[,] tokens, out float[,] weights)
    {
        int codes = scores.GetLength(0), n = scores.GetLength(1), dim = tokens.GetLength(1);
        var w = new float[codes, n];
        var context = new float[codes, dim];
        Parallel.For(0, codes, i =>
        {
            float top = float.NegativeInfinity;
            for (int t = 0; t < n; t++)
                top = MathF.Max(top, scores[i, t]);
            float sum = 0f;
            for (int t = 0; t < n; t++)
            {
                w[i, t] = MathF.Exp(scores[i, t] - top);
                sum += w[i, t];
            }
            float inv = 1f / sum;
            for (int t = 0; t < n; t++)
            {
                w[i, t] *= inv;
                for (int d = 0; d < dim; d++)
                    context[i, d] += w[i, t] * tokens[t, d];
            }
        });
        weights = w;
        return context;
    }
}
