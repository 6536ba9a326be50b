// Idiom: policy logits from a GPU-style action-major buffer, the per-agent softmax walked with a stride; double.Exp.
// Use: many agents in a batched simulation step (ML-Agents-like batch of observations -> action logits).
// Layout: flat double[actions * agents], action-major (agent g's action a at a * agents + g); strided helper for the max.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.StridedHeads_ClassMajorFlat;

public static class StridedPolicy
{
    public static void Forward(double[] logits, double[] probs, int actions, int agents)
    {
        for (int g = 0; g < agents; g++)
        {
            double max = MaxStrided(logits, g, actions, agents);
            double z = 0;
            for (int a = 0; a < actions; a++)
            {
                int k = a * agents + g;
                probs[k] = double.Exp(logits[k] - max);
                z += probs[k];
            }

            for (int k = g; k < logits.Length; k += agents) probs[k] /= z;
        }
    }

    private static double MaxStrided(double[] x, int start, int count, int stride)
    {
        double m = double.NegativeInfinity;
        for (int i = 0, k = start; i < count; i++, k += stride) m = Math.Max(m, x[k]);
        return m;
    }
}
