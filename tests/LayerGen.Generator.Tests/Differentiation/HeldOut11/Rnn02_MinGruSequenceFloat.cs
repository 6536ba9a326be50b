// expect: gradient
// minGRU (Feng et al., "Were RNNs All We Needed?", 2024) run sequentially over six steps of two channels:
// z_t = σ(w_z·x_t + b_z), h̃_t = w_h·x_t + b_h, h_t = (1 − z_t)·h_{t−1} + z_t·h̃_t, per-channel learnable weights and
// biases; outputs every h_t (float). Shape of the paper's sequential-mode PyTorch code, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(12)]
public partial class MinGruSequenceFloat
{
    const int Channels = 2;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(2, Initial = 1f, StandardDeviation = 0.3f)] ReadOnlySpan<float> wz,
                           [Learnable(2)] ReadOnlySpan<float> bz,
                           [Learnable(2, Initial = 1f, StandardDeviation = 0.3f)] ReadOnlySpan<float> wh,
                           [Learnable(2)] ReadOnlySpan<float> bh)
    {
        Span<float> h = stackalloc float[Channels];
        h.Clear();
        for (int t = 0; t < x.Length / Channels; t++)
        {
            for (int c = 0; c < Channels; c++)
            {
                int idx = t * Channels + c;
                float z = 1f / (1f + MathF.Exp(-(wz[c] * x[idx] + bz[c])));
                float candidate = wh[c] * x[idx] + bh[c];
                h[c] = (1f - z) * h[c] + z * candidate;
                y[idx] = h[c];
            }
        }
    }
}
