// Source: RL policy code with additive masks (logit + (1 - mask) * -1e9, the "large negative" trick used in
// PPO/A2C ports and game agents), then a hand-written softmax over actions.
// Layout: row-major [states, actions]; float mask of 1/0 per action; masked logits built in a temporary.
// Bug: the masked logits are exponentiated without subtracting their max (overflow for large logits).
using System;

namespace LayerGen.HeldOut4.PolicyAdditiveMaskRawExp;

public static class ActorHead
{
    private const float MaskPenalty = -1e9f;

    public static void Policy(float[] logits, float[] mask, float[] probs, int states, int actions)
    {
        for (int s = 0; s < states; s++)
        {
            float norm = 0f;
            for (int a = 0; a < actions; a++)
            {
                int i = s * actions + a;
                float masked = logits[i] + (1f - mask[i]) * MaskPenalty;
                probs[i] = MathF.Exp(masked); //~ LG0003
                norm += probs[i];
            }

            for (int a = 0; a < actions; a++)
                probs[s * actions + a] /= norm;
        }
    }
}
