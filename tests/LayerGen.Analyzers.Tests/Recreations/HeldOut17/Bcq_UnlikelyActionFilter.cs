// Source: discrete batch-constrained Q-learning (Fujimoto et al. 2019; sfujim/BCQ `discrete_BCQ`, tianshou
//   `DiscreteBCQPolicy`): the imitation network's softmax over actions, actions whose probability relative to the
//   most likely one is below a threshold are excluded, and the greedy action is taken among the rest.
// Layout: float[batch, actions] imitation logits and Q values; Parallel.For over the states with a per-state
//   stackalloc buffer; the largest probability is taken after normalising and used for the ratio (not a shift).
// Correct.
using System;
using System.Threading.Tasks;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Discrete BCQ action selection.</summary>
public static class DiscreteBcq
{
    /// <summary>Returns the chosen action per state and writes the imitation probabilities.</summary>
    public static int[] SelectActions(float[,] imitationLogits, float[,] q, float threshold, float[,] probs)
    {
        int batch = imitationLogits.GetLength(0);
        int actions = imitationLogits.GetLength(1);
        var chosen = new int[batch];
        Parallel.For(0, batch, s =>
        {
            Span<float> p = stackalloc float[actions];
            float peak = imitationLogits[s, 0];
            for (int a = 1; a < actions; a++)
            {
                if (imitationLogits[s, a] > peak)
                {
                    peak = imitationLogits[s, a];
                }
            }

            float z = 0f;
            for (int a = 0; a < actions; a++)
            {
                p[a] = MathF.Exp(imitationLogits[s, a] - peak);
                z += p[a];
            }

            float likeliest = 0f;
            for (int a = 0; a < actions; a++)
            {
                p[a] /= z;
                probs[s, a] = p[a];
                likeliest = MathF.Max(likeliest, p[a]);
            }

            int best = -1;
            float bestQ = float.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                if (p[a] / likeliest > threshold && q[s, a] > bestQ)
                {
                    bestQ = q[s, a];
                    best = a;
                }
            }

            chosen[s] = best;
        });

        return chosen;
    }
}
