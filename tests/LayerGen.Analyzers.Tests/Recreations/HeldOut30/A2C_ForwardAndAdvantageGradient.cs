// Advantage actor-critic update over a batch of environments (A2C on vectorised game envs): the forward softmax of the
// actor's logits, then the advantage-weighted policy-gradient w.r.t. the logits, A · (π − onehot(a)) (no log taken).
// Layout: rows = environments, jagged float[envs][actions]; actions taken int[envs], advantages float[envs].
// Correct: the forward softmax uses each environment's own max (a while loop over the row) and its own sum.
using System;

namespace HeldOut30.A2C_ForwardAndAdvantageGradient;

/// <summary>The actor half of an A2C step.</summary>
public static class ActorStep
{
    /// <summary>π(· | s_e) per environment.</summary>
    public static float[][] Forward(float[][] logits)
    {
        var policy = new float[logits.Length][];
        for (int e = 0; e < logits.Length; e++)
        {
            float[] z = logits[e];
            var p = new float[z.Length];
            float m = float.NegativeInfinity;
            int k = 0;
            while (k < z.Length)
            {
                m = MathF.Max(m, z[k]);
                k++;
            }

            float s = 0f;
            for (k = 0; k < z.Length; k++)
            {
                p[k] = MathF.Exp(z[k] - m);
                s += p[k];
            }

            for (k = 0; k < z.Length; k++)
            {
                p[k] /= s;
            }

            policy[e] = p;
        }

        return policy;
    }

    /// <summary>∂(−A log π(a))/∂z = A · (π − onehot(a)), averaged over the batch.</summary>
    public static float[][] LogitGradient(float[][] policy, int[] taken, float[] advantages)
    {
        var grad = new float[policy.Length][];
        float scale = 1f / policy.Length;
        for (int e = 0; e < policy.Length; e++)
        {
            var g = new float[policy[e].Length];
            for (int k = 0; k < g.Length; k++)
            {
                float target = k == taken[e] ? 1f : 0f;
                g[k] = scale * advantages[e] * (policy[e][k] - target);
            }

            grad[e] = g;
        }

        return grad;
    }
}
