// Source: Longformer sliding-window attention (Beltagy et al. 2020; HF `LongformerSelfAttention` banded scores):
// each token's scores over its 2w+1 window are stored in a band, out-of-sequence slots hold −∞.
// Layout: float[tokens, 2w + 1] band; masked slots skipped; a fully masked row (padding token) gets zeros.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Longformer_BandedWindow
{
    public static float[,] Softmax(float[,] band)
    {
        int tokens = band.GetLength(0), width = band.GetLength(1);
        var probs = new float[tokens, width];
        for (int t = 0; t < tokens; t++)
        {
            float peak = float.NegativeInfinity;
            for (int k = 0; k < width; k++)
            {
                if (!float.IsNegativeInfinity(band[t, k]) && band[t, k] > peak)
                {
                    peak = band[t, k];
                }
            }

            if (float.IsNegativeInfinity(peak))
            {
                continue;
            }

            float z = 0f;
            for (int k = 0; k < width; k++)
            {
                float e = float.IsNegativeInfinity(band[t, k]) ? 0f : MathF.Exp(band[t, k] - peak);
                probs[t, k] = e;
                z += e;
            }

            for (int k = 0; k < width; k++)
            {
                probs[t, k] /= z;
            }
        }

        return probs;
    }
}
