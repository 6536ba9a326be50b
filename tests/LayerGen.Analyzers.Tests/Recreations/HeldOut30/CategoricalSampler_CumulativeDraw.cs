// Categorical action sampling for a game agent (the Unity ML-Agents-style discrete action sampler; any bot that
// "rolls" an action from its policy): softmax of the logits at a temperature into a scratch buffer, then a cumulative
// sum walked against one uniform draw.
// Layout: one agent, ReadOnlySpan<float> logits; stackalloc scratch for the probabilities.
// Correct: max over the logits, shifted exps, normalised by their sum; the cumulative walk is over probabilities.
using System;

namespace HeldOut30.CategoricalSampler_CumulativeDraw;

/// <summary>Samples discrete actions from logits.</summary>
public static class CategoricalSampler
{
    /// <summary>Writes softmax(logits / temperature) into <paramref name="probabilities"/>.</summary>
    public static void Probabilities(ReadOnlySpan<float> logits, float temperature, Span<float> probabilities)
    {
        float max = logits[0];
        foreach (float z in logits)
        {
            max = z > max ? z : max;
        }

        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] = MathF.Exp((logits[i] - max) / temperature);
            sum += probabilities[i];
        }

        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] /= sum;
        }
    }

    /// <summary>Draws one action index.</summary>
    public static int Sample(ReadOnlySpan<float> logits, float temperature, Random rng)
    {
        Span<float> p = stackalloc float[logits.Length];
        Probabilities(logits, temperature, p);
        float u = (float)rng.NextDouble();
        float cumulative = 0f;
        for (int i = 0; i < p.Length; i++)
        {
            cumulative += p[i];
            if (u < cumulative)
            {
                return i;
            }
        }

        return p.Length - 1;
    }
}
