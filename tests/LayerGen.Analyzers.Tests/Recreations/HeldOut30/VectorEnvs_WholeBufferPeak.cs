// A vectorised-environment policy step (a trading-sim or game RL trainer stepping many envs at once): the actor's
// logits for all envs in one flat array, each env's row normalised in a loop after one library max.
// Layout: flat float[envs · actions] with row stride = actions; one softmax per env (row).
// Bug (LG0001): the shift is TensorPrimitives.Max over the whole buffer, every env's logits, taken once before the env
// loop; each env's sum and division are per row, so an env far below the best env underflows to 0/0.
using System;
using System.Numerics.Tensors;

namespace HeldOut30.VectorEnvs_WholeBufferPeak;

/// <summary>Policy step for a vector of environments.</summary>
public static class VectorPolicy
{
    /// <summary>Per-env action probabilities, same layout as the logits.</summary>
    public static float[] Step(float[] logits, int envs, int actions)
    {
        var probabilities = new float[logits.Length];
        float shift = TensorPrimitives.Max(logits); //~ LG0001
        for (int e = 0; e < envs; e++)
        {
            int start = e * actions;
            float total = 0f;
            for (int k = start; k < start + actions; k++)
            {
                probabilities[k] = MathF.Exp(logits[k] - shift);
                total += probabilities[k];
            }

            for (int k = start; k < start + actions; k++)
            {
                probabilities[k] /= total;
            }
        }

        return probabilities;
    }
}
