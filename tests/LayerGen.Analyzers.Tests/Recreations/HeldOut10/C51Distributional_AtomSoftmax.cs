// Re-creation (our own code) of the shape of C51 categorical DQN's return distributions (Bellemare, Dabney & Munos
// 2017; the per-action softmax over atoms and Q(s, a) = Σ_i z_i p_i(s, a), as in Dopamine/CleanRL c51).
// Layout: float[B, A, atoms] rank 3, softmax over the last axis; support z as a ReadOnlySpan<float>; Q to float[B, A].
// Correct: each (state, action) distribution is shifted by its own maximum over atoms.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class C51DistributionalAtomSoftmax
{
    public static void Distributions(float[,,] logits, ReadOnlySpan<float> support, float[,,] probabilities, float[,] q)
    {
        int batch = logits.GetLength(0);
        int actions = logits.GetLength(1);
        int atoms = logits.GetLength(2);
        for (int b = 0; b < batch; b++)
        {
            for (int a = 0; a < actions; a++)
            {
                float top = float.NegativeInfinity;
                for (int i = 0; i < atoms; i++)
                    top = MathF.Max(top, logits[b, a, i]);

                float mass = 0f;
                for (int i = 0; i < atoms; i++)
                {
                    probabilities[b, a, i] = MathF.Exp(logits[b, a, i] - top);
                    mass += probabilities[b, a, i];
                }

                float value = 0f;
                for (int i = 0; i < atoms; i++)
                {
                    probabilities[b, a, i] /= mass;
                    value += support[i] * probabilities[b, a, i];
                }

                q[b, a] = value;
            }
        }
    }
}
