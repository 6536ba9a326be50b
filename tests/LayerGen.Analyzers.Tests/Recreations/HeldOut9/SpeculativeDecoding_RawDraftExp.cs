// Source: speculative decoding accept-reject step (C# LLM inference loops), re-created with the draft model's
// distribution written inline "because the draft logits are small".
// Layout: float[k, vocab] for both models; target softmax shifted, draft softmax inline.
// Bug (LG0003): the draft logits are exponentiated (after temperature) without subtracting their max.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class SpeculativeDecoding_RawDraftExp
{
    public static void Distributions(float[,] target, float[,] draft, float temperature, float[,] p, float[,] q)
    {
        int k = target.GetLength(0);
        int vocab = target.GetLength(1);
        for (int i = 0; i < k; i++)
        {
            float tMax = target[i, 0];
            for (int v = 1; v < vocab; v++)
            {
                tMax = MathF.Max(tMax, target[i, v]);
            }

            float tSum = 0f;
            float dSum = 0f;
            for (int v = 0; v < vocab; v++)
            {
                p[i, v] = MathF.Exp((target[i, v] - tMax) / temperature);
                tSum += p[i, v];
                q[i, v] = MathF.Exp(draft[i, v] / temperature); //~ LG0003
                dSum += q[i, v];
            }

            for (int v = 0; v < vocab; v++)
            {
                p[i, v] /= tSum;
                q[i, v] /= dSum;
            }
        }
    }
}
