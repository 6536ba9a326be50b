// Idiom: temperature + nucleus (top-p) sampling (Holtzman et al. 2020): softmax of logits / T over the vocabulary with
// the max subtracted before the division by T, then tokens sorted by probability and the smallest prefix whose mass
// reaches p is renormalised and sampled with a caller-given uniform draw. Use: LLM next-token sampling.
// Layout: one vocabulary row as ReadOnlySpan<float>, probabilities written to a Span<float>.
// Correct: (x - max) / T ≤ 0 for T > 0; the nucleus renormalisation divides probabilities, not exps.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Nucleus sampling from a tempered softmax.</summary>
public static class NucleusSampler
{
    /// <summary>Writes softmax(logits / temperature) into <paramref name="probabilities"/> and returns the sampled token.</summary>
    public static int Sample(ReadOnlySpan<float> logits, float temperature, float topP, float uniform, Span<float> probabilities)
    {
        float max = float.NegativeInfinity;
        foreach (float z in logits) max = MathF.Max(max, z);

        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] = MathF.Exp((logits[i] - max) / temperature);
            sum += probabilities[i];
        }

        for (int i = 0; i < logits.Length; i++) probabilities[i] /= sum;

        int[] order = new int[logits.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        float[] keys = probabilities.ToArray();
        Array.Sort(keys, order);
        Array.Reverse(order);

        float mass = 0f;
        int kept = 0;
        while (kept < order.Length && mass < topP)
        {
            mass += probabilities[order[kept]];
            kept++;
        }

        float target = uniform * mass;
        float cumulative = 0f;
        for (int k = 0; k < kept; k++)
        {
            cumulative += probabilities[order[k]];
            if (cumulative >= target) return order[k];
        }

        return order[kept - 1];
    }
}
