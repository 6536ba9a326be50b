// Source: Longformer sliding-window attention (Beltagy et al. 2020): per-token softmax over its banded window.
// Layout: float[tokens, 2w + 1] band; exps written in one pass over all tokens, normalised in a second pass.
// Bug: LG0002 — the denominator accumulates over the whole sequence's bands, not one token's window.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Longformer_DenominatorOverSequence
{
    public static float[,] Softmax(float[,] band)
    {
        int tokens = band.GetLength(0), width = band.GetLength(1);
        var probs = new float[tokens, width];
        float z = 0f;
        for (int t = 0; t < tokens; t++)
        {
            float peak = band[t, 0];
            for (int k = 1; k < width; k++)
            {
                peak = MathF.Max(peak, band[t, k]);
            }

            for (int k = 0; k < width; k++)
            {
                probs[t, k] = MathF.Exp(band[t, k] - peak);
                z += probs[t, k]; //~ LG0002
            }
        }

        for (int t = 0; t < tokens; t++)
        {
            for (int k = 0; k < width; k++)
            {
                probs[t, k] /= z;
            }
        }

        return probs;
    }
}
