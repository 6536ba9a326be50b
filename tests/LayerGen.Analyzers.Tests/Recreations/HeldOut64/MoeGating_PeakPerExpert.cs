// Idiom: option gating per time step where the gating scores arrive expert by expert (each option's head writes its
// whole trajectory of scores), float.
// Use: gate weights over the options at each step of a rollout.
// Layout: List<float[]> expert-major (one float[steps] per expert), LINQ Max per expert, MathF.Exp.
// Bug (LG0004): `peaks[k] = scores[k].Max()` is each expert's maximum over the time steps, while the gate is
// normalised over the experts at one step: the shift and the sum run over different axes.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut64.MoeGating_PeakPerExpert;

public static class OptionGate
{
    public static List<float[]> Weights(List<float[]> scores)
    {
        int experts = scores.Count;
        int steps = scores[0].Length;
        var peaks = new float[experts];
        for (int k = 0; k < experts; k++)
        {
            peaks[k] = scores[k].Max(); //~ LG0004
        }

        var weights = new List<float[]>(experts);
        for (int k = 0; k < experts; k++)
        {
            weights.Add(new float[steps]);
        }

        for (int t = 0; t < steps; t++)
        {
            float total = 0f;
            for (int k = 0; k < experts; k++)
            {
                float w = MathF.Exp(scores[k][t] - peaks[k]);
                weights[k][t] = w;
                total += w;
            }

            for (int k = 0; k < experts; k++)
            {
                weights[k][t] /= total;
            }
        }

        return weights;
    }
}
