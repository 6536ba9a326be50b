// Source: LLM token samplers in C# over ONNX Runtime GenAI outputs (OrtForge.AI Agent Generation/Sampling.cs family,
// nucleus sampling): temperature, softmax over the vocabulary, then the smallest prefix with mass >= topP.
// Layout: 1-D ReadOnlySpan<float> logits, Span<float> probs; max from a span loop on the scaled logits.
// Correct.
using System;

namespace LayerGen.HeldOut4.TopPSamplerTemperatureSpan;

public static class NucleusSampler
{
    public static int Sample(ReadOnlySpan<float> logits, Span<float> probs, float temperature, float topP, double u)
    {
        float invT = 1f / temperature;
        float maxScaled = float.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
        {
            float s = logits[i] * invT;
            if (s > maxScaled)
                maxScaled = s;
        }

        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = MathF.Exp(logits[i] * invT - maxScaled);
            sum += probs[i];
        }

        for (int i = 0; i < probs.Length; i++)
            probs[i] /= sum;

        int[] order = new int[probs.Length];
        for (int i = 0; i < order.Length; i++)
            order[i] = i;
        float[] keys = probs.ToArray();
        Array.Sort(keys, order);

        double mass = 0.0;
        double kept = 0.0;
        int last = order.Length - 1;
        for (int k = order.Length - 1; k >= 0; k--)
        {
            kept += keys[k];
            last = k;
            if (kept >= topP)
                break;
        }

        for (int k = order.Length - 1; k >= last; k--)
        {
            mass += keys[k] / kept;
            if (u <= mass)
                return order[k];
        }

        return order[last];
    }
}
