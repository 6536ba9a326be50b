// Source: Fastformer additive attention (Wu et al. 2021; wuch15/Fastformer), softmax over the tokens per head of
//   precomputed additive scores.
// Layout: float[tokens, heads]; each head shifts by its own column peak, but one denominator is accumulated over
//   every head and the division is a separate pass over the whole matrix.
// Bug: LG0002 (the denominator spans all heads).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Fastformer token weights per head with one shared denominator.</summary>
public static class FastformerSharedDenominator
{
    /// <summary>Returns alpha [tokens, heads].</summary>
    public static float[,] Weights(float[,] scores)
    {
        int tokens = scores.GetLength(0);
        int heads = scores.GetLength(1);
        var alpha = new float[tokens, heads];
        float denominator = 0f;

        for (int h = 0; h < heads; h++)
        {
            float peak = scores[0, h];
            for (int t = 1; t < tokens; t++)
            {
                peak = MathF.Max(peak, scores[t, h]);
            }

            for (int t = 0; t < tokens; t++)
            {
                alpha[t, h] = MathF.Exp(scores[t, h] - peak);
                denominator += alpha[t, h]; //~ LG0002
            }
        }

        for (int t = 0; t < tokens; t++)
        {
            for (int h = 0; h < heads; h++)
            {
                alpha[t, h] /= denominator;
            }
        }

        return alpha;
    }
}
