// Idiom: nested property pattern with a list pattern on the dims (`t is { Dims: [var batch, var heads, var keys] }`)
// Use: attention probabilities over keys, per (batch, head) row
// Layout: flat float[batch * heads * keys], last axis contiguous; softmax over the last axis
// Correct
// Our own code
using System;

namespace HeldOut86.AttentionDims_NestedDimsPattern;

public sealed class Scores(float[] data, int[] dims)
{
    public float[] Data { get; } = data;

    public int[] Dims { get; } = dims;
}

public static class Attention
{
    public static float[] Softmax(Scores t)
    {
        if (t is not { Dims: [var batch, var heads, var keys], Data: var data })
        {
            throw new ArgumentException("expected [batch, heads, keys]", nameof(t));
        }

        var probs = new float[data.Length];
        for (int bh = 0; bh < batch * heads; bh++)
        {
            Span<float> dst = probs.AsSpan(bh * keys, keys);
            ReadOnlySpan<float> src = data.AsSpan(bh * keys, keys);
            float max = float.NegativeInfinity;
            for (int k = 0; k < keys; k++)
            {
                if (src[k] > max)
                {
                    max = src[k];
                }
            }

            float denom = 0f;
            for (int k = 0; k < keys; k++)
            {
                dst[k] = MathF.Exp(src[k] - max);
                denom += dst[k];
            }

            for (int k = 0; k < keys; k++)
            {
                dst[k] /= denom;
            }
        }

        return probs;
    }
}
