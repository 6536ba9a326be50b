// Idiom: ImmutableList<T>.ToBuilder() edited in place, then ToImmutable().
// Use: per-sample class probabilities kept in immutable lists (UI/state store friendly).
// Layout: ImmutableList<ImmutableList<float>>, one inner list per sample.
// Correct: `row.Max()` and the total are both per inner list.
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut85.ImmutableListBuilder_PerSample;

public static class SampleSoftmax
{
    public static ImmutableList<ImmutableList<float>> Apply(ImmutableList<ImmutableList<float>> batch)
    {
        ImmutableList<ImmutableList<float>>.Builder result = ImmutableList.CreateBuilder<ImmutableList<float>>();
        foreach (ImmutableList<float> row in batch)
        {
            float max = row.Max();
            ImmutableList<float>.Builder probs = row.ToBuilder();
            float sum = 0f;
            for (int i = 0; i < probs.Count; i++)
            {
                probs[i] = MathF.Exp(probs[i] - max);
                sum += probs[i];
            }

            for (int i = 0; i < probs.Count; i++)
                probs[i] /= sum;
            result.Add(probs.ToImmutable());
        }

        return result.ToImmutable();
    }
}
