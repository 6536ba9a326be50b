// Idiom: policy-gradient actor head over a batch of states from vectorised environments, with invalid-action
// masking: illegal actions get float.NegativeInfinity logits before the softmax (the "-inf masking" of
// invalid-action-masking write-ups and PPO/MaskablePPO implementations).
// Use: action probabilities for every environment of a VecEnv step (at least one action is legal in each).
// Layout: float[envs, actions] logits with bool[envs, actions] legality mask, row-major, MathF.Exp.
// Correct: each environment's max is taken over its legal logits only, exp(-inf - max) is exactly 0, sum per row.
using System;

namespace HeldOut64.VecEnvActor_MaskedRows;

public sealed class MaskedActorHead
{
    public float[,] Policy(float[,] logits, bool[,] legal)
    {
        int envs = logits.GetLength(0);
        int actions = logits.GetLength(1);
        var masked = new float[envs, actions];
        for (int e = 0; e < envs; e++)
        {
            for (int a = 0; a < actions; a++)
            {
                masked[e, a] = legal[e, a] ? logits[e, a] : float.NegativeInfinity;
            }
        }

        var pi = new float[envs, actions];
        for (int e = 0; e < envs; e++)
        {
            float max = float.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                max = MathF.Max(max, masked[e, a]);
            }

            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                float p = MathF.Exp(masked[e, a] - max);
                pi[e, a] = p;
                sum += p;
            }

            float inv = 1f / sum;
            for (int a = 0; a < actions; a++)
            {
                pi[e, a] *= inv;
            }
        }

        return pi;
    }
}
