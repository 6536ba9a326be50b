// Idiom: policy-gradient actor head for vectorised environments with action masking by a large negative constant
// (the `torch.finfo(dtype).min` / -1e9 masking style), logits kept in the flat buffer the network writes.
// Use: action probabilities for every environment of a VecEnv step.
// Layout: flat float[envs * actions] with stride `actions` and offset `e * actions`, mask as byte[] (1 = legal).
// Bug (LG0003): the masked logits are exponentiated without subtracting any maximum; logits above ~88 overflow to
// +Inf and the row becomes NaN, logits far below 0 underflow to 0/0.
using System;

namespace HeldOut64.VecEnvActor_RawMaskedExp;

public static class FlatMaskedPolicy
{
    private const float Illegal = -1e9f;

    public static float[] Forward(float[] logits, byte[] legalMask, int envs, int actions)
    {
        var probs = new float[envs * actions];
        for (int e = 0; e < envs; e++)
        {
            int offset = e * actions;
            float norm = 0f;
            for (int a = 0; a < actions; a++)
            {
                float z = legalMask[offset + a] != 0 ? logits[offset + a] : Illegal;
                float w = MathF.Exp(z); //~ LG0003
                probs[offset + a] = w;
                norm += w;
            }

            for (int a = 0; a < actions; a++)
            {
                probs[offset + a] /= norm;
            }
        }

        return probs;
    }
}
