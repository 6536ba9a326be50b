// Variants (our own code) of HeldOut4/PolicyAdditiveMaskRawExp.cs, the correct twins of AdditiveMask_RawExp.cs: the
// mask term is added first and the max of the masked logits is subtracted (or the max is subtracted and the mask is
// added after), as RL policy heads and masked attention do. A fully masked row keeps finite values (−1e9, not −∞).
// Layouts: row-major flat float[] with a temporary, double[] 1-D, float[,] with a bool mask. Correct.
using System;

namespace Recreations.AdditiveMask_ShiftedExp;

public static class MaskedPolicy
{
    public static void MaskThenMax(double[] logits, double[] mask, double[] probs)
    {
        var masked = new double[logits.Length];
        double max = double.NegativeInfinity;
        for (int a = 0; a < logits.Length; a++)
        {
            masked[a] = logits[a] + (1.0 - mask[a]) * -1e9;
            max = Math.Max(max, masked[a]);
        }

        double z = 0.0;
        for (int a = 0; a < masked.Length; a++)
        {
            probs[a] = Math.Exp(masked[a] - max);
            z += probs[a];
        }

        for (int a = 0; a < probs.Length; a++)
            probs[a] /= z;
    }

    public static void MaxThenSubtractedPenalty(float[] logits, float[] mask, float[] probs, int states, int actions)
    {
        for (int s = 0; s < states; s++)
        {
            float max = float.NegativeInfinity;
            for (int a = 0; a < actions; a++)
                max = MathF.Max(max, logits[s * actions + a]);
            float norm = 0f;
            for (int a = 0; a < actions; a++)
            {
                int i = s * actions + a;
                probs[i] = MathF.Exp(logits[i] - max - (1f - mask[i]) * 1e9f);
                norm += probs[i];
            }

            for (int a = 0; a < actions; a++)
                probs[s * actions + a] /= norm;
        }
    }

    public static void BoolMaskMaxOverLegal(float[,] logits, bool[,] legal, float[,] probs)
    {
        for (int s = 0; s < logits.GetLength(0); s++)
        {
            float max = float.NegativeInfinity;
            for (int a = 0; a < logits.GetLength(1); a++)
                max = MathF.Max(max, logits[s, a] + (legal[s, a] ? 0f : -1e9f));
            float total = 0f;
            for (int a = 0; a < logits.GetLength(1); a++)
            {
                probs[s, a] = MathF.Exp(logits[s, a] + (legal[s, a] ? 0f : -1e9f) - max);
                total += probs[s, a];
            }

            for (int a = 0; a < logits.GetLength(1); a++)
                probs[s, a] /= total;
        }
    }
}
