// Idiom: mixture-of-experts / option gating per time step: a gating network scores every expert (option) at every
// step of a trajectory and the gate is a softmax over the experts at each step.
// Use: gate weights for blending the experts' actions along one rollout.
// Layout: float[experts, steps], column-major for the softmax (each step is a column), float.Exp, MathF.Max.
// Correct: per step, the max and the sum run down that step's column (over the experts).
using System;

namespace HeldOut64.MoeGating_StepColumns;

public static class GatingNetwork
{
    public static float[,] Gate(float[,] scores)
    {
        int experts = scores.GetLength(0);
        int steps = scores.GetLength(1);
        var gate = new float[experts, steps];
        for (int t = 0; t < steps; t++)
        {
            float m = scores[0, t];
            for (int k = 1; k < experts; k++)
            {
                m = MathF.Max(m, scores[k, t]);
            }

            float s = 0f;
            for (int k = 0; k < experts; k++)
            {
                gate[k, t] = float.Exp(scores[k, t] - m);
                s += gate[k, t];
            }

            for (int k = 0; k < experts; k++)
            {
                gate[k, t] /= s;
            }
        }

        return gate;
    }
}
