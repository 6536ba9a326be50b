// Source: Music Transformer relative self-attention (Huang et al. 2018): the logits of query q are
// (Q K^T + S_rel) / sqrt(d), where after the "skewing" trick S_rel[q, k] is the relative embedding logit at distance
// q - k; a causal mask keeps keys k <= q and each query row is softmaxed over them.
// Layout: generic math T : IFloatingPointIeee754<T>; flat T[] content logits [heads, length, length] and relative
// logits [heads, length] indexed by distance; a private helper normalises one causal row.
// Correct.
using System;
using System.Numerics;

namespace HeldOut24.MusicTransformer;

/// <summary>Causal relative attention weights.</summary>
public static class RelativeAttention
{
    /// <summary>The attention weights [heads, length, length]; keys after the query get 0.</summary>
    public static T[] Weights<T>(T[] content, T[] relative, int heads, int length, T scale)
        where T : IFloatingPointIeee754<T>
    {
        var weights = new T[heads * length * length];
        for (int h = 0; h < heads; h++)
        {
            for (int q = 0; q < length; q++)
            {
                int row = (h * length + q) * length;
                for (int k = 0; k <= q; k++)
                {
                    weights[row + k] = (content[row + k] + relative[h * length + (q - k)]) * scale;
                }

                NormaliseCausalRow(weights.AsSpan(row, q + 1));
            }
        }

        return weights;
    }

    private static void NormaliseCausalRow<T>(Span<T> logits)
        where T : IFloatingPointIeee754<T>
    {
        T peak = T.NegativeInfinity;
        for (int k = 0; k < logits.Length; k++)
        {
            peak = T.Max(peak, logits[k]);
        }

        T sum = T.Zero;
        for (int k = 0; k < logits.Length; k++)
        {
            logits[k] = T.Exp(logits[k] - peak);
            sum += logits[k];
        }

        for (int k = 0; k < logits.Length; k++)
        {
            logits[k] /= sum;
        }
    }
}
