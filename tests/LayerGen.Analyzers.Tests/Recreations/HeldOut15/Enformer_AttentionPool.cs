// HeldOut15 — Enformer_AttentionPool
// Source: Enformer attention pooling (Avsec et al. 2021; deepmind-research/enformer `SoftmaxPooling1D`,
// lucidrains/enformer-pytorch `AttentionPool`): logits = x·W per channel, softmax over the positions
// of each pooling window, output = Σ softmax · x.
// Layout: x float[positions, channels] (position-major), W float[channels, channels]; windows of
// `pool` consecutive positions; the softmax walks down one channel's column inside a window.
// Correct: each (window, channel) has its own peak and sum over the window's positions.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Enformer_AttentionPool
{
    /// <summary>Pooled output [positions / pool, channels]; the pooling weights go to weights.</summary>
    public static float[,] Pool(float[,] x, float[,] w, int pool, float[,] weights)
    {
        int positions = x.GetLength(0), channels = x.GetLength(1), windows = positions / pool;
        var logits = new float[positions, channels];
        for (int l = 0; l < positions; l++)
            for (int c = 0; c < channels; c++)
            {
                float s = 0f;
                for (int d = 0; d < channels; d++) s += x[l, d] * w[d, c];
                logits[l, c] = s;
            }

        var pooled = new float[windows, channels];
        for (int win = 0; win < windows; win++)
        {
            int start = win * pool;
            for (int c = 0; c < channels; c++)
            {
                float peak = float.NegativeInfinity;
                for (int j = start; j < start + pool; j++) peak = MathF.Max(peak, logits[j, c]);
                float z = 0f;
                for (int j = start; j < start + pool; j++)
                {
                    weights[j, c] = MathF.Exp(logits[j, c] - peak);
                    z += weights[j, c];
                }
                float acc = 0f;
                for (int j = start; j < start + pool; j++)
                {
                    weights[j, c] /= z;
                    acc += weights[j, c] * x[j, c];
                }
                pooled[win, c] = acc;
            }
        }
        return pooled;
    }
}
