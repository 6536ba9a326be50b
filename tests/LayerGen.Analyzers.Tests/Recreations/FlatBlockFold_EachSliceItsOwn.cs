// Correct twins of FlatBlockFold_WholeCloudPeaks: the same clouds and maps with each point's (pixel's) own peak, flat
// over a contiguous slice of exactly one softmax slice or strided over the part axis. Must stay silent.
// Source: PointNet part segmentation (Qi et al. 2017) and channel-first segmentation heads, as in the buggy file.
// Layout: ReadOnlySpan<float> clouds sliced by Slice(start, parts * points) with a point-major per-point slice
// Slice(p * parts, parts); channel-first clouds with a strided per-point peak; float[] NCHW with a per-pixel peak.
using System;

namespace Recreations.FlatBlockFoldEachSliceItsOwn;

public static class EachSliceItsOwn
{
    public static void PointMajorPointSlices(ReadOnlySpan<float> logits, int parts, int points, Span<float> probabilities)
    {
        int size = parts * points;
        for (int start = 0; start + size <= logits.Length; start += size)
        {
            ReadOnlySpan<float> cloud = logits.Slice(start, size);
            Span<float> output = probabilities.Slice(start, size);
            for (int p = 0; p < points; p++)
            {
                ReadOnlySpan<float> point = cloud.Slice(p * parts, parts);
                float peak = float.NegativeInfinity;
                for (int i = 0; i < point.Length; i++)
                    peak = MathF.Max(peak, point[i]);
                float sum = 0f;
                for (int c = 0; c < parts; c++)
                {
                    output[p * parts + c] = MathF.Exp(cloud[p * parts + c] - peak);
                    sum += output[p * parts + c];
                }

                for (int c = 0; c < parts; c++)
                    output[p * parts + c] /= sum;
            }
        }
    }

    public static void ChannelFirstStridedPeaks(ReadOnlySpan<float> logits, int parts, int points, Span<float> probabilities)
    {
        int size = parts * points;
        for (int start = 0; start + size <= logits.Length; start += size)
        {
            ReadOnlySpan<float> cloud = logits.Slice(start, size);
            Span<float> output = probabilities.Slice(start, size);
            for (int p = 0; p < points; p++)
            {
                float peak = float.NegativeInfinity;
                for (int c = 0; c < parts; c++)
                    peak = MathF.Max(peak, cloud[c * points + p]);
                float sum = 0f;
                for (int c = 0; c < parts; c++)
                {
                    output[c * points + p] = MathF.Exp(cloud[c * points + p] - peak);
                    sum += output[c * points + p];
                }

                for (int c = 0; c < parts; c++)
                    output[c * points + p] /= sum;
            }
        }
    }

    public static void PixelClassesPerPixel(float[] scores, int images, int classes, int pixels, float[] probabilities)
    {
        for (int n = 0; n < images; n++)
        {
            int offset = n * classes * pixels;
            for (int q = 0; q < pixels; q++)
            {
                float top = float.NegativeInfinity;
                for (int c = 0; c < classes; c++)
                    top = scores[offset + c * pixels + q] > top ? scores[offset + c * pixels + q] : top;
                float total = 0f;
                for (int c = 0; c < classes; c++)
                {
                    float e = MathF.Exp(scores[offset + c * pixels + q] - top);
                    probabilities[offset + c * pixels + q] = e;
                    total += e;
                }

                for (int c = 0; c < classes; c++)
                    probabilities[offset + c * pixels + q] /= total;
            }
        }
    }
}
