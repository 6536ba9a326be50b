// Source: advantage actor-critic with an entropy bonus (Mnih et al. 2016; stable-baselines3 `CategoricalDistribution`
// over torch `Categorical(logits=...)`, which normalises the logits by their log-sum-exp): log π, π, the entropy
// −Σ π log π and the log-probability of the taken action, per sample.
// Layout: `Memory<float>` flat logits [batch · actions], `Span` slices, `TensorPrimitives.Max`, `Span<float>` outputs.
// Correct.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut19;

public static class A2cCategoricalEntropy
{
    /// <summary>Policy probabilities, entropies and taken-action log-probabilities of a batch of states.</summary>
    public static void Evaluate(
        Memory<float> logits, int actions, ReadOnlySpan<int> taken, Span<float> probabilities, Span<float> entropy,
        Span<float> logProbTaken)
    {
        int batch = logits.Length / actions;
        for (int b = 0; b < batch; b++)
        {
            Span<float> row = logits.Span.Slice(b * actions, actions);
            float m = TensorPrimitives.Max(row);
            float z = 0f;
            foreach (float x in row) z += MathF.Exp(x - m);
            float logZ = m + MathF.Log(z);

            float h = 0f;
            Span<float> p = probabilities.Slice(b * actions, actions);
            for (int a = 0; a < actions; a++)
            {
                float logP = row[a] - logZ;
                p[a] = MathF.Exp(logP);
                h -= p[a] * logP;
            }
            entropy[b] = h;
            logProbTaken[b] = row[taken[b]] - logZ;
        }
    }
}
