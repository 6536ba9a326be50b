// Idiom: one in-place softmax helper shared by several call sites with different slices of one prediction row: the
//        class scores and the four distribution-focal-loss box sides (bins each), then the expected box offsets.
// Use: anchor-free detector head decoding (DFL box regression).
// Layout: flat float[anchors · (classes + 4 · bins)]; per anchor pred = AsSpan(a · stride, stride), class slice
//         pred[..classes], side slices pred.Slice(classes + side · bins, bins).
// Correct: the helper takes its own slice's max; every call passes exactly one slice.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.SharedHelper_DflSlices;

public static class DetectorHead
{
    public static float[] Decode(float[] raw, int anchors, int classes, int bins, float[] boxes)
    {
        int stride = classes + 4 * bins;
        var probs = (float[])raw.Clone();
        for (int a = 0; a < anchors; a++)
        {
            Span<float> pred = probs.AsSpan(a * stride, stride);
            SoftmaxInPlace(pred[..classes]);
            for (int side = 0; side < 4; side++)
            {
                Span<float> dist = pred.Slice(classes + side * bins, bins);
                SoftmaxInPlace(dist);
                float expect = 0f;
                for (int k = 0; k < bins; k++) expect += k * dist[k];
                boxes[a * 4 + side] = expect;
            }
        }

        return probs;
    }

    private static void SoftmaxInPlace(Span<float> v)
    {
        float peak = v[0];
        for (int i = 1; i < v.Length; i++)
        {
            if (v[i] > peak) peak = v[i];
        }

        float total = 0f;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = MathF.Exp(v[i] - peak);
            total += v[i];
        }

        float inv = 1f / total;
        for (int i = 0; i < v.Length; i++) v[i] *= inv;
    }
}
