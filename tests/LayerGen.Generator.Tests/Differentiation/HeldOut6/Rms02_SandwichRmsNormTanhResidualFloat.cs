// expect: gradient
// Sandwich normalisation around a tanh sub-layer with a residual (CogView's sandwich LayerNorm, here with RMSNorm):
// x + g₂ ⊙ RMSNorm(tanh(g₁ ⊙ RMSNorm(x))), the inverse RMS from a helper with a loop, a stackalloc hidden row, two
// learnable gains; float. Shape from CogView / NormFormer-style blocks; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class SandwichRmsNormTanhResidualFloat
{
    static float InverseRms(ReadOnlySpan<float> v)
    {
        float sum = 0f;
        foreach (float e in v) sum += e * e;
        return 1f / MathF.Sqrt(sum / v.Length + 1e-6f);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(8, Initial = 1f)] ReadOnlySpan<float> innerGain,
                           [Learnable(8, Initial = 1f)] ReadOnlySpan<float> outerGain)
    {
        Span<float> hidden = stackalloc float[8];
        float inverse = InverseRms(x);
        for (int i = 0; i < x.Length; i++) hidden[i] = MathF.Tanh(innerGain[i] * x[i] * inverse);

        float hiddenInverse = InverseRms(hidden);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] + outerGain[i] * hidden[i] * hiddenInverse;
    }
}
