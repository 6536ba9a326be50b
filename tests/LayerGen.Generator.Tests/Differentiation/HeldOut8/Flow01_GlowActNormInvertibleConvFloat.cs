// Glow's flow step on a row read as 4 positions × 3 channels: actnorm (learnable log-scale and bias per channel), then
// an invertible 1×1 convolution W = I + learnable deltas, with the step's log|det| as the last output.
// Shape of: Kingma & Dhariwal 2018 (Glow), openai/glow's actnorm and invertible_1x1_conv (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(12, 13)]
public partial class GlowActNormInvertibleConvFloat
{
    const int Channels = 3;
    const int Positions = 4;

    static float Det3(ReadOnlySpan<float> m) =>
        m[0] * (m[4] * m[8] - m[5] * m[7])
        - m[1] * (m[3] * m[8] - m[5] * m[6])
        + m[2] * (m[3] * m[7] - m[4] * m[6]);

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(Channels)] ReadOnlySpan<float> logScale,
        [Learnable(Channels)] ReadOnlySpan<float> bias,
        [Learnable(Channels * Channels, StandardDeviation = 0.05)] ReadOnlySpan<float> weight)
    {
        Span<float> w = stackalloc float[Channels * Channels];
        for (int r = 0; r < Channels; r++)
            for (int c = 0; c < Channels; c++)
                w[r * Channels + c] = weight[r * Channels + c] + (r == c ? 1.0f : 0.0f);

        Span<float> h = stackalloc float[Channels];
        for (int p = 0; p < Positions; p++)
        {
            var z = x.Slice(p * Channels, Channels);
            for (int c = 0; c < Channels; c++)
                h[c] = (z[c] + bias[c]) * MathF.Exp(logScale[c]);     // actnorm
            for (int r = 0; r < Channels; r++)
            {
                float acc = 0.0f;
                for (int c = 0; c < Channels; c++) acc += w[r * Channels + c] * h[c];
                y[p * Channels + r] = acc;                               // 1×1 conv
            }
        }

        float logDet = 0.0f;
        foreach (float s in logScale) logDet += s;
        logDet += MathF.Log(MathF.Abs(Det3(w)));
        y[^1] = Positions * logDet;
    }
}
