// A feed-forward compressor's static gain computer with a quadratic soft knee (width 6 dB), applied sample by sample:
// level in dB, the three-region if / else if / else gain curve with learnable threshold and ratio (1 + exp), then the
// gain back to linear by MathF.Pow(10, g / 20).
// Shape of: Giannoulis, Massberg & Reiss 2012 ("Digital Dynamic Range Compressor Design — A Tutorial and Analysis"), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8)]
public partial class SoftKneeCompressorGainFloat
{
    const float Knee = 6.0f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -10)] ReadOnlySpan<float> thresholdDb,
        [Learnable(1, Initial = 1)] ReadOnlySpan<float> logRatioMinusOne)
    {
        float threshold = thresholdDb[0];
        float ratio = 1.0f + MathF.Exp(logRatioMinusOne[0]);
        for (int i = 0; i < x.Length; i++)
        {
            float level = 20.0f * MathF.Log10(MathF.Abs(x[i]) + 1e-5f);
            float over = level - threshold;
            float compressed;
            if (2.0f * over < -Knee)
                compressed = level;
            else if (2.0f * MathF.Abs(over) <= Knee)
                compressed = level + (1.0f / ratio - 1.0f) * (over + Knee / 2.0f) * (over + Knee / 2.0f) / (2.0f * Knee);
            else
                compressed = threshold + over / ratio;
            y[i] = x[i] * MathF.Pow(10.0f, (compressed - level) / 20.0f);
        }
    }
}
