// Idiom: channel softmax of an NHWC activation (TFLite-style channels-last), each pixel's channels a contiguous
// Span<float> taken with Slice; the softmax runs in place.
// Layout: flat float[n * h * w * c], pixel p's channels at [p * c, p * c + c).
// Correct: per-pixel max and sum over one span.
using System;

namespace HeldOut67.NhwcChannel_SpanPerPixel;

public static class ChannelsLast
{
    public static void SoftmaxInPlace(Span<float> activations, int pixels, int channels)
    {
        for (int p = 0; p < pixels; p++)
        {
            Span<float> px = activations.Slice(p * channels, channels);
            float m = px[0];
            foreach (float v in px)
            {
                if (v > m) m = v;
            }

            float s = 0f;
            for (int k = 0; k < px.Length; k++)
            {
                px[k] = MathF.Exp(px[k] - m);
                s += px[k];
            }

            float inv = 1f / s;
            for (int k = 0; k < px.Length; k++)
            {
                px[k] *= inv;
            }
        }
    }
}
