// Source: mixture-of-experts routers (ooples/AiDotNet src/NeuralNetworks/Layers/MixtureOfExpertsLayer.cs family,
// Switch/GLaM-style top-k gating): keep each token's k best expert logits, softmax over those k, scatter into gates.
// Layout: row-major [tokens, experts]; tuples (logit, expert) sorted per token; softmax over the k kept logits.
// Correct.
using System;

namespace LayerGen.HeldOut4.MoeGatingTopKSoftmax;

public static class MoeRouter
{
    public static void TopKGates(float[] routerLogits, float[] gates, int tokens, int experts, int k)
    {
        var picked = new (float Logit, int Expert)[experts];
        for (int t = 0; t < tokens; t++)
        {
            int baseIndex = t * experts;
            for (int e = 0; e < experts; e++)
                picked[e] = (routerLogits[baseIndex + e], e);
            Array.Sort(picked, (a, b) => b.Logit.CompareTo(a.Logit));

            float top = picked[0].Logit;
            float denominator = 0f;
            for (int i = 0; i < k; i++)
                denominator += MathF.Exp(picked[i].Logit - top);

            Array.Clear(gates, baseIndex, experts);
            for (int i = 0; i < k; i++)
                gates[baseIndex + picked[i].Expert] = MathF.Exp(picked[i].Logit - top) / denominator;
        }
    }
}
