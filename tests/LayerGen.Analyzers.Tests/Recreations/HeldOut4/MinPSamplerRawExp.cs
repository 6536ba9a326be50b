// Source: min-p samplers in C# llama.cpp bindings (MrJackSpade LlamaBot/Chie sampler settings with MinP, LLamaSharp
// sampling pipelines): probabilities from temperature-scaled logits, tokens below minP * pMax dropped.
// Layout: 1-D float[] vocabulary logits; probabilities array reused for the filter and renormalisation.
// Bug: exp(logit / T) with no max subtracted (inf for logits above ~88 * T).
using System;

namespace LayerGen.HeldOut4.MinPSamplerRawExp;

public static class MinPSampler
{
    public static float[] Probabilities(float[] logits, float temperature)
    {
        var probs = new float[logits.Length];
        float total = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = MathF.Exp(logits[i] / temperature); //~ LG0003
            total += probs[i];
        }

        for (int i = 0; i < probs.Length; i++)
            probs[i] /= total;
        return probs;
    }

    public static float[] Filter(float[] probs, float minP)
    {
        float pMax = 0f;
        foreach (float p in probs)
            pMax = MathF.Max(pMax, p);

        var kept = new float[probs.Length];
        float keptMass = 0f;
        for (int i = 0; i < probs.Length; i++)
        {
            kept[i] = probs[i] >= minP * pMax ? probs[i] : 0f;
            keptMass += kept[i];
        }

        for (int i = 0; i < kept.Length; i++)
            kept[i] /= keptMass;
        return kept;
    }
}
