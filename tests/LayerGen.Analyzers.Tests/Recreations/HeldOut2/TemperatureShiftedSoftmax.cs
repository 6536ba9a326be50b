// Re-creates: temperature sampling for a C# text generator (Llm.cs / TorchSharp-free GPT ports): softmax(logits / T) with the max shift
// Layout: ReadOnlySpan<float> logits, float[] result, temperature argument
// Expected: Correct
using System;

namespace HeldOut2.TemperatureShiftedSoftmax;

public static class Sampler
{
    public static float[] Probabilities(ReadOnlySpan<float> logits, float temperature)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
        {
            max = MathF.Max(max, logits[i]);
        }

        var probs = new float[logits.Length];
        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = MathF.Exp((logits[i] - max) / temperature);
            sum += probs[i];
        }

        for (int i = 0; i < probs.Length; i++)
        {
            probs[i] /= sum;
        }

        return probs;
    }
}
