// Source: Mask2Former masked cross-attention (Cheng et al. 2022; facebookresearch/Mask2Former
// `MultiScaleMaskedTransformerDecoder`): each query attends only to the pixels its previous mask predicts
// (sigmoid ≥ 0.5); a query whose mask is empty attends to every pixel.
// Layout: float[queries, pixels] scores, bool[queries, pixels] keep-mask, masked slots skipped in max and sum.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Mask2Former_MaskedAttention
{
    public static float[,] Weights(float[,] scores, bool[,] keep)
    {
        int queries = scores.GetLength(0), pixels = scores.GetLength(1);
        var attn = new float[queries, pixels];
        for (int q = 0; q < queries; q++)
        {
            bool any = false;
            for (int p = 0; p < pixels && !any; p++)
                any = keep[q, p];

            float peak = float.NegativeInfinity;
            for (int p = 0; p < pixels; p++)
                if ((!any || keep[q, p]) && scores[q, p] > peak)
                    peak = scores[q, p];

            float denom = 0f;
            for (int p = 0; p < pixels; p++)
            {
                attn[q, p] = !any || keep[q, p] ? MathF.Exp(scores[q, p] - peak) : 0f;
                denom += attn[q, p];
            }
            for (int p = 0; p < pixels; p++)
                attn[q, p] /= denom;
        }
        return attn;
    }
}
