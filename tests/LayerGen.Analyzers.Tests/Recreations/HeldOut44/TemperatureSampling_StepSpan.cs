// Idiom: char-RNN text generation, next character drawn from the step's softmax at a temperature
// Layout: one step's logits as ReadOnlySpan<float>, probabilities written into a Span<float>; float
// Correct
using System;

namespace HeldOut44.TemperatureSampling_StepSpan;

public sealed class CharSampler
{
    private readonly Random _rng;
    private readonly char[] _alphabet;

    public CharSampler(char[] alphabet, int seed)
    {
        _alphabet = alphabet;
        _rng = new Random(seed);
    }

    public static void StepDistribution(ReadOnlySpan<float> logits, float temperature, Span<float> probs)
    {
        float maxScaled = float.NegativeInfinity;
        for (int c = 0; c < logits.Length; c++)
        {
            float scaled = logits[c] / temperature;
            if (scaled > maxScaled) maxScaled = scaled;
        }

        float z = 0f;
        for (int c = 0; c < logits.Length; c++)
        {
            probs[c] = MathF.Exp(logits[c] / temperature - maxScaled);
            z += probs[c];
        }

        for (int c = 0; c < probs.Length; c++)
            probs[c] /= z;
    }

    public char SampleNext(ReadOnlySpan<float> logits, float temperature)
    {
        Span<float> probs = stackalloc float[logits.Length];
        StepDistribution(logits, temperature, probs);
        float r = (float)_rng.NextDouble();
        float cumulative = 0f;
        for (int c = 0; c < probs.Length; c++)
        {
            cumulative += probs[c];
            if (r < cumulative) return _alphabet[c];
        }
        return _alphabet[probs.Length - 1];
    }
}
