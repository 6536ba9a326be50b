// known gap: the max is folded in a private helper (FrameMax) and the analyzer reports LG0004 at the helper's call site in Weights, not on the fold line inside the helper.
// gap: -LG0004@19 +LG0004@27
// Idiom: attention pooling over time per channel of a spectrogram, max precomputed in a helper
// Layout: flat float[] [time * channels], index t * channels + c; softmax over t per channel
// Bug (LG0004): the helper takes each frame's max across channels, the sum runs per channel over time
using System;

namespace HeldOut40.AttentionPooling_FramePeak;

public static class FramePooling
{
    private static float[] FrameMax(float[] scores, int time, int channels)
    {
        var peak = new float[time];
        for (int t = 0; t < time; t++)
        {
            peak[t] = float.NegativeInfinity;
            for (int c = 0; c < channels; c++)
                peak[t] = MathF.Max(peak[t], scores[t * channels + c]); //~ LG0004
        }

        return peak;
    }

    public static float[] Weights(float[] scores, int time, int channels)
    {
        var peak = FrameMax(scores, time, channels);
        var w = new float[scores.Length];
        for (int c = 0; c < channels; c++)
        {
            float sum = 0f;
            for (int t = 0; t < time; t++)
            {
                w[t * channels + c] = MathF.Exp(scores[t * channels + c] - peak[t]);
                sum += w[t * channels + c];
            }

            for (int t = 0; t < time; t++)
                w[t * channels + c] /= sum;
        }

        return w;
    }
}
