// Re-creates: per-pixel class softmax of a segmentation head in C#, with the max computed per channel over the pixels
// Layout: flat float[] [batch=1, channels, pixels], element at c * P + p; softmax over channels per pixel
// Expected: LG0004 — max over pixels (per channel), sum over channels (per pixel)
using System;

namespace HeldOut2.SegmentationMaxOverPixels;

public static class Segmentation
{
    public static void ChannelSoftmax(float[] logits, float[] probs, int channels, int pixels)
    {
        var channelMax = new float[channels];
        for (int c = 0; c < channels; c++)
        {
            float m = float.NegativeInfinity;
            for (int p = 0; p < pixels; p++)
            {
                m = MathF.Max(m, logits[c * pixels + p]); //~ LG0004
            }

            channelMax[c] = m;
        }

        for (int p = 0; p < pixels; p++)
        {
            float s = 0f;
            for (int c = 0; c < channels; c++)
            {
                probs[c * pixels + p] = MathF.Exp(logits[c * pixels + p] - channelMax[c]);
                s += probs[c * pixels + p];
            }

            for (int c = 0; c < channels; c++)
            {
                probs[c * pixels + p] /= s;
            }
        }
    }
}
