// HeldOut15 — Enformer_SumPerChannelAcrossWindows
// Source: Enformer attention pooling (Avsec et al. 2021), a flat-buffer port with identity logits.
// Layout: logits flat float[] [positions · channels] row-major (position l, channel c at
// l·channels + c); windows of `pool` positions; pooling weights flat like the logits.
// Bug (LG0002): the per-channel normaliser array is allocated once, above the window loop, and keeps
// summing over the windows, so every window after the first is divided by a running total.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Enformer_SumPerChannelAcrossWindows
{
    /// <summary>Softmax-pooling weights per window and channel.</summary>
    public static float[] Weights(ReadOnlySpan<float> logits, int channels, int pool)
    {
        int windows = logits.Length / channels / pool;
        var weights = new float[logits.Length];
        var channelSum = new float[channels];
        for (int win = 0; win < windows; win++)
        {
            for (int c = 0; c < channels; c++)
            {
                float peak = float.NegativeInfinity;
                for (int j = 0; j < pool; j++) peak = MathF.Max(peak, logits[(win * pool + j) * channels + c]);
                for (int j = 0; j < pool; j++)
                {
                    int i = (win * pool + j) * channels + c;
                    weights[i] = MathF.Exp(logits[i] - peak);
                    channelSum[c] += weights[i]; //~ LG0002
                }
                for (int j = 0; j < pool; j++) weights[(win * pool + j) * channels + c] /= channelSum[c];
            }
        }
        return weights;
    }
}
