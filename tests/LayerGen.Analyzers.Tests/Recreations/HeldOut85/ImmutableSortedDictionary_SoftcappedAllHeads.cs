// known gap: with no max at all (the soft cap bounds the exponent), per-key exps divided by one partition over every key are read as one distribution over the whole buffer (LG0008 suggestion), not per-key softmaxes (LG0002); the division in ToImmutableSortedDictionary's value lambda is now read (as ToDictionary's)
// gap: -LG0002@31 +LG0008@31
// Idiom: ImmutableSortedDictionary<int, float[]> iterated in key order, result via ToImmutableSortedDictionary.
// Use: soft-capped (cap * tanh(z / cap)) router scores per layer, normalised per layer.
// Layout: one float[] of scores per layer index; softmax per key.
// Bug (LG0002): the partition function is accumulated over the scores of every layer, not reset per key. (The
// exponent is bounded by the cap of 20, so no max is needed; that part is right.)
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut85.ImmutableSortedDictionary_SoftcappedAllHeads;

public static class Router
{
    private const float Cap = 20f;

    public static ImmutableSortedDictionary<int, float[]> Normalise(ImmutableSortedDictionary<int, float[]> layers)
    {
        var weights = new SortedDictionary<int, float[]>();
        float partition = 0f;
        foreach (var (layer, scores) in layers)
        {
            var w = new float[scores.Length];
            for (int j = 0; j < scores.Length; j++)
            {
                w[j] = MathF.Exp(Cap * MathF.Tanh(scores[j] / Cap));
                partition += w[j]; //~ LG0002
            }

            weights[layer] = w;
        }

        return weights.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.Select(v => v / partition).ToArray());
    }
}
