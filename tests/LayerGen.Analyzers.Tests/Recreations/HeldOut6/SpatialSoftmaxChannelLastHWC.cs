// Source: spatial softmax keypoint layers run on channel-last (TFLite/Barracuda NHWC) outputs in C#, re-created on
// a flat float[] [H, W, C] buffer.
// Layout: flat [H * W, C]; channel c's spatial softmax runs over every pixel p at p * C + c (stride C).
// Correct: per-channel max and sum over the H * W pixels of that channel.
using System;

namespace HeldOut6.SpatialSoftmaxChannelLastHWC;

public static class ChannelLastSpatialSoftmax
{
    public static void Apply(float[] hwc, int height, int width, int channels, float[] result)
    {
        int pixels = height * width;
        for (int c = 0; c < channels; c++)
        {
            float peak = float.MinValue;
            for (int idx = c; idx < pixels * channels; idx += channels)
            {
                peak = Math.Max(peak, hwc[idx]);
            }

            float mass = 0f;
            for (int idx = c; idx < pixels * channels; idx += channels)
            {
                result[idx] = MathF.Exp(hwc[idx] - peak);
                mass += result[idx];
            }

            for (int idx = c; idx < pixels * channels; idx += channels)
            {
                result[idx] /= mass;
            }
        }
    }
}
