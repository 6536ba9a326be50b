// Idiom: a channels-last (NHWC) port of `softmax(x, axis=-1)` with the per-position maxima kept in an array
// `peaks[p]` (the keepdims result), but the normaliser `z` restarted only per image — `e.sum(axis=(1, 2))` by mistake.
// Use: per-pixel class probabilities of a ported segmentation model, channels last.
// Layout: flat float[], shape (images, positions, classes) row-major; softmax over the last axis (stride 1).
// Bug: LG0002 — `z` sums the exps of every position of the image, not of one position's classes.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.ChannelLast_SumPerImage;

public static class SegmentationNhwc
{
    public static float[] ClassProbabilities(float[] x, int images, int positions, int classes)
    {
        int imageStride = positions * classes;
        var y = new float[x.Length];
        var peaks = new float[positions];
        for (int n = 0; n < images; n++)
        {
            for (int p = 0; p < positions; p++)
            {
                peaks[p] = float.NegativeInfinity;
                for (int c = 0; c < classes; c++) peaks[p] = MathF.Max(peaks[p], x[n * imageStride + p * classes + c]);
            }

            float z = 0f;
            for (int p = 0; p < positions; p++)
            {
                for (int c = 0; c < classes; c++)
                {
                    int i = n * imageStride + p * classes + c;
                    y[i] = MathF.Exp(x[i] - peaks[p]);
                    z += y[i]; //~ LG0002
                }
            }

            for (int i = n * imageStride; i < (n + 1) * imageStride; i++) y[i] /= z;
        }

        return y;
    }
}
