// Re-creates: temperature sampling in C# LLM/TTS samplers that keeps the logits untouched and folds the temperature
// into the exponent as exp(x / T - max / T), over a Memory<float> of the vocabulary.
// Layout: 1-D Memory<float> -> float[]; softmax axis = all elements.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.TemperatureDividedShift;

public static class TemperatureSoftmax
{
    public static float[] Probabilities(ReadOnlyMemory<float> logits, float temperature)
    {
        ReadOnlySpan<float> x = logits.Span;
        float max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                max = x[i];
            }
        }

        var p = new float[x.Length];
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            p[i] = MathF.Exp(x[i] / temperature - max / temperature);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return p;
    }
}
