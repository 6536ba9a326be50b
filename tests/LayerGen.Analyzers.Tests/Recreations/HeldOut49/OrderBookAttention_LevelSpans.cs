// Idiom: attention over order-book levels: for each book snapshot a query scores the price levels, and the
// attention weights are a softmax over that snapshot's levels (a DeepLOB-style attention head; own code).
// Layout: flat float[] of scores, snapshots x levels, ReadOnlySpan<float>.Slice per snapshot; TensorPrimitives.Max for
// the peak; MathF.Exp.
// Label: Correct (each snapshot's own peak is subtracted; each snapshot divided by its own total).
using System;
using System.Numerics.Tensors;

namespace HeldOut49.OrderBookAttention_LevelSpans;

public static class LevelAttention
{
    public static float[] Weights(float[] scores, int levels)
    {
        var attention = new float[scores.Length];
        int snapshots = scores.Length / levels;
        for (int n = 0; n < snapshots; n++)
        {
            ReadOnlySpan<float> s = scores.AsSpan(n * levels, levels);
            Span<float> a = attention.AsSpan(n * levels, levels);
            float peak = TensorPrimitives.Max(s);
            float z = 0f;
            for (int l = 0; l < s.Length; l++)
            {
                a[l] = MathF.Exp(s[l] - peak);
                z += a[l];
            }

            float inv = 1f / z;
            for (int l = 0; l < a.Length; l++)
            {
                a[l] *= inv;
            }
        }

        return attention;
    }
}
