// expect: gradient
// A tremolo and a ring modulator on a block of 12 samples at 48 kHz: gain 1 − d + d·(1 + sin 2πf_t t)/2 with a
// learnable depth logit and log rate, then a ring-modulated copy x·cos(2π·f_c·t + φ) with a fixed carrier and a
// learnable phase, mixed by a constant wet/dry (float). Shape of JUCE/VST tutorial effects ported to a row, written
// from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(12)]
public partial class TremoloRingModulatorFloat
{
    const float SampleRate = 48_000f;
    const float Carrier = 440f;
    const float Wet = 0.35f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 0f)] ReadOnlySpan<float> depthLogit,
                           [Learnable(1, Initial = 8f)] ReadOnlySpan<float> logRate,
                           [Learnable(1, Initial = 0.3f)] ReadOnlySpan<float> phase)
    {
        float depth = 1f / (1f + MathF.Exp(-depthLogit[0]));
        float rate = MathF.Exp(logRate[0]);
        int n = 0;
        do
        {
            float t = n / SampleRate;
            float gain = 1f - depth + depth * 0.5f * (1f + MathF.Sin(2f * MathF.PI * rate * t));
            float dry = x[n] * gain;
            float ring = x[n] * MathF.Cos(2f * MathF.PI * Carrier * t + phase[0]);
            y[n] = (1f - Wet) * dry + Wet * ring;
            n++;
        } while (n < x.Length);
    }
}
