// Idiom: a `List<ArraySegment<float>>` of ragged packed sequences with a per-segment loop max (use: softmax per packed sequence).
// Layout: segments of one packed float[] (any lengths); output written at each segment's Offset in a same-sized array.
// Bug LG0002: each segment's max is its own, but `total` is declared once and sums the exps of every segment.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;

namespace HeldOut70.Segments_TotalAcrossSegments;

public static class PackedSoftmax
{
    public static float[] Normalise(float[] packed, List<ArraySegment<float>> segments)
    {
        var probs = new float[packed.Length];
        float total = 0f;
        foreach (ArraySegment<float> seg in segments)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < seg.Count; i++)
            {
                m = MathF.Max(m, seg[i]);
            }

            for (int i = 0; i < seg.Count; i++)
            {
                float e = MathF.Exp(seg[i] - m);
                probs[seg.Offset + i] = e;
                total += e; //~ LG0002
            }
        }

        foreach (ArraySegment<float> seg in segments)
        {
            for (int i = 0; i < seg.Count; i++)
            {
                probs[seg.Offset + i] /= total;
            }
        }

        return probs;
    }
}
