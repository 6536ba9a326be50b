// Source: Mask2Former masked cross-attention (Cheng et al. 2022), with the denominator declared next to the mask
// buffer above the query loop.
// Layout: float[queries, pixels] scores, bool[queries, pixels] keep-mask.
// Bug: LG0002 — the denominator accumulates over every query's pixels.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Mask2Former_DenominatorAcrossQueries
{
    public static float[,] Weights(float[,] scores, bool[,] keep)
    {
        int queries = scores.GetLength(0), pixels = scores.GetLength(1);
        var attn = new float[queries, pixels];
        float denom = 0f;
        for (int q = 0; q < queries; q++)
        {
            float peak = float.NegativeInfinity;
            for (int p = 0; p < pixels; p++)
                if (keep[q, p])
                    peak = MathF.Max(peak, scores[q, p]);
            for (int p = 0; p < pixels; p++)
            {
                if (!keep[q, p])
                    continue;
                attn[q, p] = MathF.Exp(scores[q, p] - peak);
                denom += attn[q, p]; //~ LG0002
            }
            for (int p = 0; p < pixels; p++)
                attn[q, p] /= denom;
        }
        return attn;
    }
}
