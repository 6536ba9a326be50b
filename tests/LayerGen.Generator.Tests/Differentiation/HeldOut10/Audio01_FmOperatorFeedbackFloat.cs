// expect: gradient
// rows: no-large
// a modulation index of softplus(±1000) ≈ 1000 turns sin(φ + I·m) by 1000 rad per unit of x: no difference quotient follows it.
// Audio synthesis: a two-operator FM voice (Chowning 1973) with DX7-style modulator self-feedback (the average of the
// modulator's last two outputs, scaled by a learnable β), 16 samples of one cycle; the row holds the per-sample
// modulation index (softplus). Learnable log frequency ratio. The feedback state lives in two locals.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(16)]
public partial class FmOperatorFeedbackFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 0.3f)] ReadOnlySpan<float> feedback,
                           [Learnable(1, Initial = 0.69f)] ReadOnlySpan<float> logRatio)
    {
        float ratio = MathF.Exp(logRatio[0]);
        float previous = 0.0f, beforePrevious = 0.0f;
        for (int n = 0; n < y.Length; n++)
        {
            float phase = 2.0f * MathF.PI * n / y.Length;
            float modulator = MathF.Sin(ratio * phase + feedback[0] * 0.5f * (previous + beforePrevious));
            beforePrevious = previous;
            previous = modulator;
            float index = x[n] > 20.0f ? x[n] : MathF.Log(1.0f + MathF.Exp(x[n]));
            y[n] = MathF.Sin(phase + index * modulator);
        }
    }
}
