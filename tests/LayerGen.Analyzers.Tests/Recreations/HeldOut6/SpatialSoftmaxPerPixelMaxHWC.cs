// Source: spatial softmax on channel-last outputs (NHWC keypoint/attention maps in Unity Barracuda/TFLite C# code),
// re-created with the "usual" per-pixel max loop kept from a channel softmax.
// Layout: float[H * W, C] row-major (pixel rows, channel columns); each channel's softmax runs over all pixels.
// Bug LG0004: the max is per pixel (over channels), while the sum runs over the pixels of one channel.
using System;

namespace HeldOut6.SpatialSoftmaxPerPixelMaxHWC;

public static class PixelMaxSpatialSoftmax
{
    public static float[,] Apply(float[,] pixelsByChannel)
    {
        int pixels = pixelsByChannel.GetLength(0);
        int channels = pixelsByChannel.GetLength(1);
        var pixelPeak = new float[pixels];
        for (int p = 0; p < pixels; p++)
        {
            float m = pixelsByChannel[p, 0];
            for (int c = 1; c < channels; c++)
            {
                m = MathF.Max(m, pixelsByChannel[p, c]); //~ LG0004
            }

            pixelPeak[p] = m;
        }

        var result = new float[pixels, channels];
        for (int c = 0; c < channels; c++)
        {
            float mass = 0f;
            for (int p = 0; p < pixels; p++)
            {
                result[p, c] = MathF.Exp(pixelsByChannel[p, c] - pixelPeak[p]);
                mass += result[p, c];
            }

            for (int p = 0; p < pixels; p++)
            {
                result[p, c] /= mass;
            }
        }

        return result;
    }
}
