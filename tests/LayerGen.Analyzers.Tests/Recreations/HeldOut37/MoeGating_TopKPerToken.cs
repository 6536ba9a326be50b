// Idiom: mixture-of-experts router (Mixtral style): top-k experts per token, softmax over the selected logits only
// Layout: float[,] router logits [tokens, experts]; int[,] / float[,] [tokens, topK] chosen experts and gates
// Correct (the first of the descending-sorted selection is the max of the selected logits)
using System;

namespace HeldOut37.MoeGating_TopKPerToken;

public static class TopKRouter
{
    public static (int[,] Experts, float[,] Gates) Route(float[,] routerLogits, int topK)
    {
        int tokens = routerLogits.GetLength(0), experts = routerLogits.GetLength(1);
        var chosen = new int[tokens, topK];
        var gates = new float[tokens, topK];
        var order = new int[experts];
        for (int t = 0; t < tokens; t++)
        {
            for (int e = 0; e < experts; e++)
            {
                order[e] = e;
            }

            int row = t;
            Array.Sort(order, (a, b) => routerLogits[row, b].CompareTo(routerLogits[row, a]));
            float lead = routerLogits[t, order[0]];
            float denom = 0f;
            for (int j = 0; j < topK; j++)
            {
                chosen[t, j] = order[j];
                gates[t, j] = MathF.Exp(routerLogits[t, order[j]] - lead);
                denom += gates[t, j];
            }

            for (int j = 0; j < topK; j++)
            {
                gates[t, j] /= denom;
            }
        }

        return (chosen, gates);
    }
}
