// Idiom: final-logit soft-capping (Gemma-2 style): capped = cap * tanh(logit / cap) lies in (-cap, cap), so with a
//        small cap (30) exp cannot overflow or underflow in float and the code exponentiates the capped values directly
// Layout: flat float[] logits [batch * vocab], probabilities [batch * vocab], per-row sum
// Correct (bounded: |capped| < cap = 30, exp(30) ~ 1e13 and exp(-30) ~ 1e-13 are finite, the sum of a vocabulary of them too)
using System;

namespace HeldOut39.SoftCapping_BoundedLogits;

public static class SoftCappedHead
{
    public const float FinalLogitSoftCap = 30f;

    public static void Probabilities(float[] logits, float[] probs, int batch, int vocab)
    {
        for (int b = 0; b < batch; b++)
        {
            int off = b * vocab;
            float z = 0f;
            for (int v = 0; v < vocab; v++)
            {
                float capped = FinalLogitSoftCap * MathF.Tanh(logits[off + v] / FinalLogitSoftCap);
                float e = MathF.Exp(capped);
                probs[off + v] = e;
                z += e;
            }
            for (int v = 0; v < vocab; v++)
            {
                probs[off + v] /= z;
            }
        }
    }
}
