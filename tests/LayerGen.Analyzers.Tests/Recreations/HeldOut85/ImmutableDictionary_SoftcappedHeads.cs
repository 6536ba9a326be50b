// Idiom: ImmutableDictionary<string, ImmutableArray<double>> built with ImmutableDictionary.CreateBuilder.
// Use: attention heads whose scores are logit soft-capped (cap * tanh(z / cap), as in Gemma 2) before the softmax.
// Layout: one ImmutableArray<double> of scores per head name; softmax per head.
// Correct: the exponent is cap * tanh(z / cap), bounded by |Cap| = 30, so exp cannot overflow (e^30 ~ 1e13) and no max
// is needed; the sum is per head.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace HeldOut85.ImmutableDictionary_SoftcappedHeads;

public static class SoftcappedAttention
{
    private const double Cap = 30.0;

    public static ImmutableDictionary<string, ImmutableArray<double>> Weights(ImmutableDictionary<string, ImmutableArray<double>> heads)
    {
        ImmutableDictionary<string, ImmutableArray<double>>.Builder result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<double>>();
        foreach (KeyValuePair<string, ImmutableArray<double>> head in heads)
        {
            ImmutableArray<double> scores = head.Value;
            var w = new double[scores.Length];
            double sum = 0.0;
            for (int j = 0; j < w.Length; j++)
            {
                w[j] = Math.Exp(Cap * Math.Tanh(scores[j] / Cap));
                sum += w[j];
            }

            for (int j = 0; j < w.Length; j++)
                w[j] /= sum;
            result.Add(head.Key, ImmutableArray.Create(w));
        }

        return result.ToImmutable();
    }
}
