// Idiom: categorical (distributional, C51-style) Q-network head: for every state of the batch and every action the
// network outputs logits over a fixed support of return atoms, and each (state, action) pair gets its own softmax.
// Use: return distributions p(z_j | s, a) for the projection step of a categorical DQN update.
// Layout: float[batch, actions, atoms] (3D, softmax over the last axis), MathF.Exp, MathF.Max fold.
// Correct: max, exp and sum all run over the atoms of one (state, action) pair.
using System;

namespace HeldOut64.CategoricalAtoms_PerActionAtoms;

public static class CategoricalHead
{
    public static float[,,] Distributions(float[,,] logits)
    {
        int batch = logits.GetLength(0);
        int actions = logits.GetLength(1);
        int atoms = logits.GetLength(2);
        var p = new float[batch, actions, atoms];
        for (int b = 0; b < batch; b++)
        {
            for (int a = 0; a < actions; a++)
            {
                float m = float.NegativeInfinity;
                for (int j = 0; j < atoms; j++)
                {
                    m = MathF.Max(m, logits[b, a, j]);
                }

                float s = 0f;
                for (int j = 0; j < atoms; j++)
                {
                    float e = MathF.Exp(logits[b, a, j] - m);
                    p[b, a, j] = e;
                    s += e;
                }

                for (int j = 0; j < atoms; j++)
                {
                    p[b, a, j] /= s;
                }
            }
        }

        return p;
    }
}
