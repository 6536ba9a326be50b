// Idiom: mixture-of-experts router: router logits per token over the experts, softmax per token, then the top-k
//        experts and their gates picked from the probabilities (no renormalisation of the k gates)
// Layout: flat token-major float[] routerLogits [tokens * experts], gates [tokens * experts], top-k indices int[tokens, k]
// Correct
using System;

namespace HeldOut39.MoeRouter_TokenMajorTopK;

public static class Router
{
    public static int[,] Route(float[] routerLogits, float[] gates, int tokens, int experts, int topK)
    {
        var chosen = new int[tokens, topK];
        Span<float> row = stackalloc float[experts];
        for (int t = 0; t < tokens; t++)
        {
            ReadOnlySpan<float> logits = routerLogits.AsSpan(t * experts, experts);
            float max = float.NegativeInfinity;
            foreach (float x in logits)
            {
                max = MathF.Max(max, x);
            }
            float sum = 0f;
            for (int e = 0; e < experts; e++)
            {
                row[e] = MathF.Exp(logits[e] - max);
                sum += row[e];
            }
            for (int e = 0; e < experts; e++)
            {
                gates[t * experts + e] = row[e] / sum;
            }

            for (int slot = 0; slot < topK; slot++)
            {
                int bestExpert = -1;
                for (int e = 0; e < experts; e++)
                {
                    bool taken = false;
                    for (int s = 0; s < slot; s++) taken |= chosen[t, s] == e;
                    if (!taken && (bestExpert < 0 || gates[t * experts + e] > gates[t * experts + bestExpert]))
                    {
                        bestExpert = e;
                    }
                }
                chosen[t, slot] = bestExpert;
            }
        }
        return chosen;
    }
}
