// expect: gradient
// A Weibull psychometric function with guess rate γ = 0.5 (2AFC) and a lapse rate,
// ψ(I) = γ + (1 − γ − λ)·(1 − e^(−(I/α)^β)), stimulus intensities I = softplus(x) + 0.01, learnable log α, log β and
// lapse logit (λ = 0.1·σ(·)) (float). Shape of Psignifit/psychopy's Weibull functions ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class WeibullPsychometricLapseFloat
{
    const float Guess = 0.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 0f)] ReadOnlySpan<float> logAlpha,
                           [Learnable(1, Initial = 1f)] ReadOnlySpan<float> logBeta,
                           [Learnable(1, Initial = -2f)] ReadOnlySpan<float> lapseLogit)
    {
        float alpha = MathF.Exp(logAlpha[0]);
        float beta = MathF.Exp(logBeta[0]);
        float lapse = 0.1f / (1f + MathF.Exp(-lapseLogit[0]));
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            float intensity = (v > 20f ? v : MathF.Log(1f + MathF.Exp(v))) + 0.01f;
            float core = 1f - MathF.Exp(-MathF.Pow(intensity / alpha, beta));
            y[i] = Guess + (1f - Guess - lapse) * core;
        }
    }
}
