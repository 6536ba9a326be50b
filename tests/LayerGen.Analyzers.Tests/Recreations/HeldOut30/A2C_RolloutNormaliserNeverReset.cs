// Advantage-weighted policy gradient over one rollout (REINFORCE / A2C on a single game env): the actor's logits for
// every time step of the rollout, the forward softmax per step, then A_t · (π_t − onehot(a_t)).
// Layout: row-major float[steps, actions] (rows = time steps).
// Bug (LG0002): the per-step max is reset for each step, but the normaliser is declared above the step loop and never
// reset, so step t is divided by the sum of the exps of steps 0..t.
using System;

namespace HeldOut30.A2C_RolloutNormaliserNeverReset;

/// <summary>The actor half of an on-policy update over a rollout.</summary>
public static class RolloutActor
{
    /// <summary>Policy gradient w.r.t. the logits for every step of the rollout.</summary>
    public static float[,] LogitGradient(float[,] logits, int[] taken, float[] advantages)
    {
        int steps = logits.GetLength(0);
        int actions = logits.GetLength(1);
        var policy = new float[steps, actions];
        float normaliser = 0f;
        for (int t = 0; t < steps; t++)
        {
            float peak = logits[t, 0];
            for (int a = 1; a < actions; a++)
            {
                peak = MathF.Max(peak, logits[t, a]);
            }

            for (int a = 0; a < actions; a++)
            {
                policy[t, a] = MathF.Exp(logits[t, a] - peak);
                normaliser += policy[t, a]; //~ LG0002
            }

            for (int a = 0; a < actions; a++)
            {
                policy[t, a] /= normaliser;
            }
        }

        var grad = new float[steps, actions];
        for (int t = 0; t < steps; t++)
        {
            for (int a = 0; a < actions; a++)
            {
                float onehot = a == taken[t] ? 1f : 0f;
                grad[t, a] = advantages[t] * (policy[t, a] - onehot);
            }
        }

        return grad;
    }
}
