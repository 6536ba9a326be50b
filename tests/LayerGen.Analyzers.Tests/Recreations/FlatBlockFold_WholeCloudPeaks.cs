// Bug variants: one flat fold over a whole multi-axis block (a point cloud's [parts, points] logits, a CHW feature
// map's [classes, pixels] block) used as the shift of a softmax over one of the block's axes. The fold spans every
// axis its extent covers, so it is a maximum over more than the softmax axis (LG0001: a point whose parts all lie far
// below the cloud's peak underflows to 0 / 0), whichever axis is contiguous.
// Source: the shape of HeldOut24's PointNet_CloudPeak (PointNet part segmentation, Qi et al. 2017) and of channel-first
// semantic segmentation heads (per-pixel class softmax over an NCHW output), written anew.
// Layout: ReadOnlySpan<float> clouds sliced by Slice(start, parts * points), channel-first and point-major; float[]
// NCHW maps sliced by AsSpan(offset, classes * pixels); a flat double[] walked to the block size.
using System;

namespace Recreations.FlatBlockFoldWholeCloudPeaks;

public static class WholeCloudPeaks
{
    public static void ChannelFirstCloud(ReadOnlySpan<float> logits, int parts, int points, Span<float> probabilities)
    {
        int size = parts * points;
        for (int start = 0; start + size <= logits.Length; start += size)
        {
            ReadOnlySpan<float> cloud = logits.Slice(start, size);
            Span<float> output = probabilities.Slice(start, size);
            float peak = float.NegativeInfinity;
            for (int i = 0; i < cloud.Length; i++)
                peak = MathF.Max(peak, cloud[i]); //~ LG0001
            for (int p = 0; p < points; p++)
            {
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

    public static void PointMajorCloud(ReadOnlySpan<float> logits, int parts, int points, Span<float> probabilities)
    {
        int size = parts * points;
        for (int start = 0; start + size <= logits.Length; start += size)
        {
            ReadOnlySpan<float> cloud = logits.Slice(start, size);
            Span<float> output = probabilities.Slice(start, size);
            float peak = cloud[0];
            for (int i = 1; i < cloud.Length; i++)
            {
                if (cloud[i] > peak) //~ LG0001
                    peak = cloud[i];
            }

            for (int p = 0; p < points; p++)
            {
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

    public static void PixelClassesPerImage(float[] scores, int images, int classes, int pixels, float[] probabilities)
    {
        for (int n = 0; n < images; n++)
        {
            int offset = n * classes * pixels;
            Span<float> map = scores.AsSpan(offset, classes * pixels);
            float top = float.NegativeInfinity;
            for (int k = 0; k < map.Length; k++)
                top = map[k] > top ? map[k] : top; //~ LG0001
            for (int q = 0; q < pixels; q++)
            {
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

    public static void PointMajorBlockOfAnArray(double[] logits, int batch, int parts, int points, double[] probabilities)
    {
        for (int b = 0; b < batch; b++)
        {
            int origin = b * points * parts;
            double peak = double.NegativeInfinity;
            for (int i = 0; i < parts * points; i++)
                peak = Math.Max(logits[origin + i], peak); //~ LG0001
            for (int p = 0; p < points; p++)
            {
                double sum = 0;
                for (int c = 0; c < parts; c++)
                {
                    probabilities[origin + p * parts + c] = Math.Exp(logits[origin + p * parts + c] - peak);
                    sum += probabilities[origin + p * parts + c];
                }

                for (int c = 0; c < parts; c++)
                    probabilities[origin + p * parts + c] /= sum;
            }
        }
    }
}
