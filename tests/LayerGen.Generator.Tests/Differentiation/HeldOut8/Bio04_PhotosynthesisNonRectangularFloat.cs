// Leaf photosynthesis light response by the non-rectangular hyperbola θP² − (αI + Pmax)P + αI·Pmax = 0, smaller root,
// minus dark respiration; written in the cancellation-free form 2ab / (a + b + √((a + b)² − 4θab)); learnable
// log α, log Pmax, logit θ (θ = 0.98 σ) and log Rd; the row is light (I = 400 softplus(x), µmol m⁻² s⁻¹).
// Shape of: Thornley's (1976) non-rectangular hyperbola as fitted in plant-physiology R/Python scripts (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8)]
public partial class PhotosynthesisNonRectangularFloat
{
    static float Softplus(float v) => MathF.Max(v, 0.0f) + MathF.Log(1.0f + MathF.Exp(-MathF.Abs(v)));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -3)] ReadOnlySpan<float> logQuantumYield,
        [Learnable(1, Initial = 3)] ReadOnlySpan<float> logPmax,
        [Learnable(1, Initial = 1.5)] ReadOnlySpan<float> curvatureLogit,
        [Learnable(1)] ReadOnlySpan<float> logRespiration)
    {
        float alpha = MathF.Exp(logQuantumYield[0]);
        float pmax = MathF.Exp(logPmax[0]);
        float theta = 0.98f / (1.0f + MathF.Exp(-curvatureLogit[0]));
        float rd = MathF.Exp(logRespiration[0]);

        for (int i = 0; i < x.Length; i++)
        {
            float a = alpha * 400.0f * Softplus(x[i]);
            float sum = a + pmax;
            float root = MathF.Sqrt(sum * sum - 4.0f * theta * a * pmax);
            y[i] = 2.0f * a * pmax / (sum + root) - rd;
        }
    }
}
