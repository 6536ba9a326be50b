// Variants (our own code) of HeldOut4/PolicyAdditiveMaskRawExp.cs, in the shapes of RL policy heads and attention
// masks: an additive (or subtracted) large-negative mask term is applied to the logits, then exponentiated with no max
// subtracted. A mask penalty is not a max shift: the unmasked logits still overflow exp above ~88 (float) / ~709 (double).
// Layouts: row-major flat float[] with a temporary, double[] 1-D with the mask inline, float[,] with a bool mask.
// Bug in every method: LG0003.
using System;

namespace Recreations.AdditiveMask_RawExp;

public static class MaskedPolicy
{
    public static void InlineComplementMask(double[] logits, double[] mask, double[] probs)
    {
        double z = 0.0;
        for (int a = 0; a < logits.Length; a++)
        {
            probs[a] = Math.Exp(logits[a] + (1.0 - mask[a]) * -1e9); //~ LG0003
            z += probs[a];
        }

        for (int a = 0; a < probs.Length; a++)
            probs[a] /= z;
    }

    public static void SubtractedPenalty(float[] logits, float[] mask, float[] probs, int states, int actions)
    {
        const float Penalty = 1e9f;
        for (int s = 0; s < states; s++)
        {
            float norm = 0f;
            for (int a = 0; a < actions; a++)
            {
                int i = s * actions + a;
                float masked = logits[i] - (1f - mask[i]) * Penalty;
                probs[i] = MathF.Exp(masked); //~ LG0003
                norm += probs[i];
            }

            for (int a = 0; a < actions; a++)
                probs[s * actions + a] /= norm;
        }
    }

    public static void BoolMaskTernaryPenalty(float[,] logits, bool[,] legal, float[,] probs)
    {
        for (int s = 0; s < logits.GetLength(0); s++)
        {
            float total = 0f;
            for (int a = 0; a < logits.GetLength(1); a++)
            {
                float biased = logits[s, a] + (legal[s, a] ? 0f : -1e9f);
                probs[s, a] = MathF.Exp(biased); //~ LG0003
                total += probs[s, a];
            }

            for (int a = 0; a < logits.GetLength(1); a++)
                probs[s, a] /= total;
        }
    }
}
