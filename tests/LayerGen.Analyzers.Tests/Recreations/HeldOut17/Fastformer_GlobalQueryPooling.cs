// Source: Fastformer additive attention (Wu et al. 2021; wuch15/Fastformer `AdditiveAttention`): per head, the
//   attention weight of token t is softmax over the tokens of (w_h · q_{t,h}) / sqrt(d), and the global query is the
//   weighted sum of the query vectors.
// Layout: ReadOnlySpan<float> queries [tokens, heads · headDim] row-major; the weights alpha [tokens, heads] are
//   written token-major, so each head's softmax runs down a column (stride `heads`); a static local function scores
//   a (token, head) pair.
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Fastformer global query from additive attention over the tokens, per head.</summary>
public static class FastformerAdditiveAttention
{
    /// <summary>Fills <paramref name="alpha"/> [tokens, heads] and returns the global query [heads · headDim].</summary>
    public static float[] GlobalQuery(ReadOnlySpan<float> queries, ReadOnlySpan<float> wq, int tokens, int heads, int headDim, Span<float> alpha)
    {
        int width = heads * headDim;
        float scale = 1f / MathF.Sqrt(headDim);
        var global = new float[width];

        for (int h = 0; h < heads; h++)
        {
            float peak = float.NegativeInfinity;
            for (int t = 0; t < tokens; t++)
            {
                peak = MathF.Max(peak, Score(queries, wq, t * width, h * headDim, headDim) * scale);
            }

            float total = 0f;
            for (int t = 0; t < tokens; t++)
            {
                float e = MathF.Exp(Score(queries, wq, t * width, h * headDim, headDim) * scale - peak);
                alpha[t * heads + h] = e;
                total += e;
            }

            for (int t = 0; t < tokens; t++)
            {
                float a = alpha[t * heads + h] /= total;
                for (int k = 0; k < headDim; k++)
                {
                    global[h * headDim + k] += a * queries[t * width + h * headDim + k];
                }
            }
        }

        return global;

        static float Score(ReadOnlySpan<float> q, ReadOnlySpan<float> w, int rowStart, int headStart, int d)
        {
            float s = 0f;
            for (int k = 0; k < d; k++)
            {
                s += q[rowStart + headStart + k] * w[headStart + k];
            }

            return s;
        }
    }
}
