// Idiom: Switch-Transformer top-1 routing: router probabilities then the chosen expert's gate value per token
// Layout: flat float[] with an explicit row stride (padded rows: stride >= experts)
// Bug (LG0002): the normaliser is accumulated over every token and divided in a separate flat pass
using System;

namespace HeldOut42.SwitchRouting_TotalOverTokens;

public static class SwitchGate
{
    public static float[] RouterProbs(float[] logits, int tokens, int experts, int stride, out int[] chosen, out float[] gateValue)
    {
        var probs = new float[tokens * stride];
        chosen = new int[tokens];
        gateValue = new float[tokens];
        float total = 0f;

        for (int t = 0; t < tokens; t++)
        {
            int baseIdx = t * stride;
            float rowMax = float.NegativeInfinity;
            for (int e = 0; e < experts; e++)
                rowMax = Math.Max(rowMax, logits[baseIdx + e]);

            for (int e = 0; e < experts; e++)
            {
                probs[baseIdx + e] = MathF.Exp(logits[baseIdx + e] - rowMax);
                total += probs[baseIdx + e]; //~ LG0002
            }
        }

        for (int t = 0; t < tokens; t++)
        {
            int baseIdx = t * stride;
            int best = 0;
            for (int e = 0; e < experts; e++)
            {
                probs[baseIdx + e] /= total;
                if (probs[baseIdx + e] > probs[baseIdx + best]) best = e;
            }

            chosen[t] = best;
            gateValue[t] = probs[baseIdx + best];
        }

        return probs;
    }
}
