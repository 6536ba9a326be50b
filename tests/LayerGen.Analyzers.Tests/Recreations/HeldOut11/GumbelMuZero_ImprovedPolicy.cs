// Re-creates the shape of Gumbel MuZero's improved policy (Danihelka et al. 2022, deepmind/mctx
// `gumbel_muzero_policy`): pi' = softmax(logits + sigma(completedQ)) with sigma(q) = (c_visit + max_b N(b)) * c_scale * q.
// Layout: float[B, A] prior logits and completed Q-values, int[B, A] visit counts; the per-position max visit count
// and the per-position max of the transformed logits are both taken along the action axis.
// Correct: the max and the sum run over one position's actions.
using System;

namespace HeldOut11;

public static class GumbelMuZero_ImprovedPolicy
{
    public static void ImprovedPolicy(float[,] logits, float[,] completedQ, int[,] visits, float cVisit, float cScale, float[,] policy)
    {
        int batch = logits.GetLength(0);
        int actions = logits.GetLength(1);
        for (int b = 0; b < batch; b++)
        {
            int maxVisits = 0;
            for (int a = 0; a < actions; a++)
                maxVisits = Math.Max(maxVisits, visits[b, a]);
            float scale = (cVisit + maxVisits) * cScale;
            float top = float.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                policy[b, a] = logits[b, a] + scale * completedQ[b, a];
                top = MathF.Max(top, policy[b, a]);
            }
            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                policy[b, a] = MathF.Exp(policy[b, a] - top);
                sum += policy[b, a];
            }
            for (int a = 0; a < actions; a++)
                policy[b, a] /= sum;
        }
    }
}
