// Re-creation (our own code) of the shape of C51's return distributions (Bellemare et al. 2017), with a per-atom
// maximum over the actions computed first "for stability".
// Layout: float[B, A, atoms]; the per-atom maxima in a stackalloc Span<float>; softmax over atoms per (b, a).
// Bug (LG0004): the maximum runs over actions for each atom, while the sum runs over atoms for each action: the shift
// varies along the softmax axis, so the distributions are wrong (and 0 / 0 when an action's logits are far below).
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class C51DistributionalMaxOverActions
{
    public static void Distributions(float[,,] logits, float[,,] probabilities)
    {
        int batch = logits.GetLength(0);
        int actions = logits.GetLength(1);
        int atoms = logits.GetLength(2);
        Span<float> atomMax = stackalloc float[atoms];
        for (int b = 0; b < batch; b++)
        {
            for (int i = 0; i < atoms; i++)
            {
                atomMax[i] = float.NegativeInfinity;
                for (int a = 0; a < actions; a++)
                    atomMax[i] = MathF.Max(atomMax[i], logits[b, a, i]); //~ LG0004
            }

            for (int a = 0; a < actions; a++)
            {
                float mass = 0f;
                for (int i = 0; i < atoms; i++)
                {
                    probabilities[b, a, i] = MathF.Exp(logits[b, a, i] - atomMax[i]);
                    mass += probabilities[b, a, i];
                }

                for (int i = 0; i < atoms; i++)
                    probabilities[b, a, i] /= mass;
            }
        }
    }
}
