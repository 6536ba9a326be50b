// Idiom: base-calling posteriors per sequencing cycle from four intensity channels, written channel by channel as the
// image processing stores them; the softmax runs down a column (over the 4 channels of one cycle).
// Layout: float[4, cycles] base-major / transposed (row = channel A, C, G, T; column = cycle); MathF.Max, MathF.Exp.
// Bug LG0004: the peak is taken per channel along its row (over all cycles) while the sum runs per cycle over the
// channels, so each cycle's bases are shifted by different amounts.
using System;

namespace HeldOut47.BaseCalls_BaseMajorPeakPerBase;

public static class ChannelPosteriors
{
    public static float[,] PerCycle(float[,] channel)
    {
        int cycles = channel.GetLength(1);
        var peak = new float[4];
        for (int b = 0; b < 4; b++)
        {
            peak[b] = float.NegativeInfinity;
            for (int t = 0; t < cycles; t++)
            {
                peak[b] = MathF.Max(peak[b], channel[b, t]); //~ LG0004
            }
        }

        var post = new float[4, cycles];
        for (int t = 0; t < cycles; t++)
        {
            float sum = 0f;
            for (int b = 0; b < 4; b++)
            {
                post[b, t] = MathF.Exp(channel[b, t] - peak[b]);
                sum += post[b, t];
            }

            for (int b = 0; b < 4; b++)
            {
                post[b, t] /= sum;
            }
        }

        return post;
    }
}
