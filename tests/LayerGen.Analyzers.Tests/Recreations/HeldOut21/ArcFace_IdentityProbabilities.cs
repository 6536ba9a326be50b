// Source: ArcFace additive-angular-margin head (Deng et al. 2019; insightface `ArcMarginProduct`, face-recognition
// SDK ports to C#): logits s·cos(θ + m) for the labelled identity and s·cos θ elsewhere, softmax per face.
// Layout: flat float[] cosines with a row stride ≥ identities (padded rows), offsets b·stride + c.
// Label: Correct.
using System;

namespace HeldOut21.ArcFaceIdentityProbabilities;

/// <summary>Identity probabilities of an ArcFace classification head.</summary>
public static class ArcMarginHead
{
    /// <summary>
    /// probabilities[b·stride + c] = softmax over c of s·cos (margin on labels[b] when it is ≥ 0; −1 at inference).
    /// </summary>
    public static void Probabilities(float[] cosines, int batch, int identities, int stride, int[] labels, float scale, float margin, float[] probabilities)
    {
        for (int b = 0; b < batch; b++)
        {
            int row = b * stride;
            float peak = float.NegativeInfinity;
            for (int c = 0; c < identities; c++)
            {
                float logit = scale * cosines[row + c];
                if (c == labels[b])
                    logit = scale * MathF.Cos(MathF.Acos(Math.Clamp(cosines[row + c], -1f, 1f)) + margin);
                probabilities[row + c] = logit;
                if (logit > peak) peak = logit;
            }

            float sum = 0f;
            for (int c = 0; c < identities; c++)
            {
                float e = MathF.Exp(probabilities[row + c] - peak);
                probabilities[row + c] = e;
                sum += e;
            }

            for (int c = 0; c < identities; c++) probabilities[row + c] /= sum;
        }
    }
}
