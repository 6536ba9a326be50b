// Categorical action sampling for a batch of environments stepped together (vectorised envs of a game RL trainer):
// each environment's logits become probabilities, and one uniform draw per environment walks their cumulative sum.
// Layout: jagged float[envs][actions]; a static local function Weight(z) = exp(z / T) builds each unnormalised weight.
// Bug (LG0003): the local function is a plain exp and the caller hands it the raw logits, with no max subtracted
// anywhere; logits above ~88·T overflow to ∞ and the env's probabilities become NaN.
using System;

namespace HeldOut30.CategoricalSampler_RawWeightHelper;

/// <summary>Steps the policy of a vector of environments.</summary>
public static class VectorSampler
{
    /// <summary>Per-environment action probabilities.</summary>
    public static float[][] Probabilities(float[][] logits, float temperature)
    {
        static float Weight(float z, float t) => MathF.Exp(z / t);

        var result = new float[logits.Length][];
        for (int env = 0; env < logits.Length; env++)
        {
            float[] row = logits[env];
            var p = new float[row.Length];
            float total = 0f;
            for (int a = 0; a < row.Length; a++)
            {
                p[a] = Weight(row[a], temperature); //~ LG0003
                total += p[a];
            }

            for (int a = 0; a < row.Length; a++)
            {
                p[a] /= total;
            }

            result[env] = p;
        }

        return result;
    }

    /// <summary>One draw per environment from its probabilities.</summary>
    public static int[] Sample(float[][] probabilities, Random rng)
    {
        var actions = new int[probabilities.Length];
        for (int env = 0; env < probabilities.Length; env++)
        {
            float u = (float)rng.NextDouble();
            float cumulative = 0f;
            int chosen = probabilities[env].Length - 1;
            for (int a = 0; a < probabilities[env].Length; a++)
            {
                cumulative += probabilities[env][a];
                if (u < cumulative)
                {
                    chosen = a;
                    break;
                }
            }

            actions[env] = chosen;
        }

        return actions;
    }
}
