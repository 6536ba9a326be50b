// Source: ArcFace additive-angular-margin head (Deng et al. 2019; insightface `ArcMarginProduct`).
// Layout: flat float[] cosines with a row stride ≥ identities, offsets b·stride + c; the normaliser is declared
// before the face loop.
// Label: LG0002 (the exp sum is never reset, so face b is divided by the total of faces 0..b).
using System;

namespace HeldOut21.ArcFaceSumAcrossFaces;

/// <summary>Identity probabilities of an ArcFace head at inference (no margin).</summary>
public static class ArcInference
{
    /// <summary>probabilities[b·stride + c] = exp(s·cos − peak) / sum.</summary>
    public static void Probabilities(float[] cosines, int batch, int identities, int stride, float scale, float[] probabilities)
    {
        float sum = 0f;
        for (int b = 0; b < batch; b++)
        {
            int row = b * stride;
            float peak = float.NegativeInfinity;
            for (int c = 0; c < identities; c++)
                peak = MathF.Max(peak, scale * cosines[row + c]);

            for (int c = 0; c < identities; c++)
            {
                probabilities[row + c] = MathF.Exp(scale * cosines[row + c] - peak);
                sum += probabilities[row + c]; //~ LG0002
            }

            for (int c = 0; c < identities; c++) probabilities[row + c] /= sum;
        }
    }
}
