// The Kumaraswamy distribution at six points v = σ(x): log-density ln a + ln b + (a − 1) ln v + (b − 1) ln(1 − vᵃ)
// and CDF 1 − (1 − vᵃ)ᵇ with learnable log a and log b, by MathF.Pow and MathF.Log as the formulas read.
// Shape of: Kumaraswamy 1980, as in TensorFlow Probability's / Pyro's Kumaraswamy distribution (from memory).
// expect: gradient
// rows: no-large
// σ(±1000) is exactly 0 or 1 in float (written 1/(1 + e^−x), e^1000 = ∞), so ln v or ln(1 − vᵃ) is −∞.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 12)]
public partial class KumaraswamyLogDensityCdfFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 0.5)] ReadOnlySpan<float> logA,
        [Learnable(1, Initial = 0.3)] ReadOnlySpan<float> logB)
    {
        float a = MathF.Exp(logA[0]), b = MathF.Exp(logB[0]);
        for (int i = 0; i < x.Length; i++)
        {
            float v = 1.0f / (1.0f + MathF.Exp(-x[i]));
            float va = MathF.Pow(v, a);
            y[i] = MathF.Log(a) + MathF.Log(b) + (a - 1.0f) * MathF.Log(v) + (b - 1.0f) * MathF.Log(1.0f - va);
            y[6 + i] = 1.0f - MathF.Pow(1.0f - va, b);
        }
    }
}
