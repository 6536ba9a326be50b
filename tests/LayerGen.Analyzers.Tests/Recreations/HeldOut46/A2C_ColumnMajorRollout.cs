// Idiom: advantage actor-critic (A2C) policy head over a batch of environments, written as the textbook matrix product
// Z = W·H with the environments as columns (H is [hidden, envs]), then a softmax per environment. Written as our own code.
// Layout: float[actions, envs] (column-major activations), per-column MathF.Max fold, MathF.Exp in place.
// Correct.
using System;

namespace HeldOut46.A2C_ColumnMajorRollout;

public static class ActorHead
{
    public static float[,] ActionProbabilities(float[,] w, float[,] h)
    {
        int actions = w.GetLength(0);
        int hiddenSize = w.GetLength(1);
        int envs = h.GetLength(1);
        var z = new float[actions, envs];
        for (int a = 0; a < actions; a++)
        {
            for (int e = 0; e < envs; e++)
            {
                float acc = 0f;
                for (int k = 0; k < hiddenSize; k++)
                {
                    acc += w[a, k] * h[k, e];
                }

                z[a, e] = acc;
            }
        }

        for (int e = 0; e < envs; e++)
        {
            float colMax = float.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                colMax = MathF.Max(colMax, z[a, e]);
            }

            float colSum = 0f;
            for (int a = 0; a < actions; a++)
            {
                z[a, e] = MathF.Exp(z[a, e] - colMax);
                colSum += z[a, e];
            }

            for (int a = 0; a < actions; a++)
            {
                z[a, e] /= colSum;
            }
        }

        return z;
    }
}
