// Idiom: Boltzmann exploration for a vectorised environment (many copies of the game stepped together) with an annealed
// temperature tau(step) = max(0.05, 0.999^step); Q-values from a DQN for all environments in one flat buffer.
// Written as our own code.
// Layout: flat float[envs * actions], offset `o = e * actions` and stride 1 per environment; MathF.Max fold.
// Correct.
using System;

namespace HeldOut46.VectorEnv_StridedAnnealed;

public static class Exploration
{
    public static float Temperature(int step) => MathF.Max(0.05f, MathF.Pow(0.999f, step));

    public static void ExplorationPolicy(float[] q, int actions, int step, float[] probs)
    {
        float tau = Temperature(step);
        int envs = q.Length / actions;
        for (int e = 0; e < envs; e++)
        {
            int o = e * actions;
            float hi = q[o];
            for (int a = 1; a < actions; a++)
            {
                hi = MathF.Max(hi, q[o + a]);
            }

            float s = 0f;
            for (int a = 0; a < actions; a++)
            {
                probs[o + a] = MathF.Exp((q[o + a] - hi) / tau);
                s += probs[o + a];
            }

            for (int a = 0; a < actions; a++)
            {
                probs[o + a] /= s;
            }
        }
    }
}
