// Idiom: top-level router softmax (written as a one-pass online softmax) plus every expert's output softmax in one
//        flat buffer, mixed per token.
// Use: MoE output layer, token-major.
// Layout: router flat float[tokens · experts]; expert logits flat float[tokens · experts · classes], slice offset
//         (t · experts + e) · classes.
// Correct: online max/denominator per token (rescaled by exp(m - mNew) ≤ 1), expert slices shifted by their own max.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Router_OnlineGateExpertSlices;

public static class MoeOutput
{
    public static float[] Forward(float[] router, float[] expertLogits, int tokens, int experts, int classes, float[] gate, float[] expertProbs)
    {
        var output = new float[tokens * classes];
        for (int t = 0; t < tokens; t++)
        {
            float m = float.NegativeInfinity;
            float d = 0f;
            for (int e = 0; e < experts; e++)
            {
                float g = router[t * experts + e];
                float mNew = MathF.Max(m, g);
                d = d * MathF.Exp(m - mNew) + MathF.Exp(g - mNew);
                m = mNew;
            }

            for (int e = 0; e < experts; e++) gate[t * experts + e] = MathF.Exp(router[t * experts + e] - m) / d;

            for (int e = 0; e < experts; e++)
            {
                int o = (t * experts + e) * classes;
                float best = expertLogits[o];
                for (int c = 1; c < classes; c++) best = expertLogits[o + c] > best ? expertLogits[o + c] : best;
                float z = 0f;
                for (int c = 0; c < classes; c++)
                {
                    expertProbs[o + c] = MathF.Exp(expertLogits[o + c] - best);
                    z += expertProbs[o + c];
                }

                for (int c = 0; c < classes; c++)
                {
                    expertProbs[o + c] /= z;
                    output[t * classes + c] += gate[t * experts + e] * expertProbs[o + c];
                }
            }
        }

        return output;
    }
}
