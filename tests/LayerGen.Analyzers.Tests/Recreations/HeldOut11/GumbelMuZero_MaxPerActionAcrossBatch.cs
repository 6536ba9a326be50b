// Re-creates the shape of Gumbel MuZero's improved policy (Danihelka et al. 2022, deepmind/mctx
// `gumbel_muzero_policy`): pi' = softmax(logits + sigma(completedQ)) with sigma(q) = (c_visit + max_b N(b)) * c_scale * q.
// Layout: float[B, A] prior logits and completed Q-values, int[B, A] visit counts; transformed logits in a scratch
// float[B, A], shifts in a per-action array.
// Bug (LG0004): the max is taken over the batch for each action (a column), the sum over the actions of a position.
using System;

namespace HeldOut11;

public static class GumbelMuZero_MaxPerActionAcrossBatch
{
    public static void ImprovedPolicy(float[,] logits, float[,] completedQ, int[,] visits, float cVisit, float cScale, float[,] policy)
    {
        int batch = logits.GetLength(0);
        int actions = logits.GetLength(1);
        var transformed = new float[batch, actions];
        for (int b = 0; b < batch; b++)
        {
            int maxVisits = 0;
            for (int a = 0; a < actions; a++)
                maxVisits = Math.Max(maxVisits, visits[b, a]);
            float scale = (cVisit + maxVisits) * cScale;
            for (int a = 0; a < actions; a++)
                transformed[b, a] = logits[b, a] + scale * completedQ[b, a];
        }
        var top = new float[actions];
        for (int a = 0; a < actions; a++)
        {
            top[a] = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
                top[a] = MathF.Max(top[a], transformed[b, a]); //~ LG0004
        }
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                policy[b, a] = MathF.Exp(transformed[b, a] - top[a]);
                sum += policy[b, a];
            }
            for (int a = 0; a < actions; a++)
                policy[b, a] /= sum;
        }
    }
}
