// Robust losses / distributional RL: QR-DQN's quantile Huber loss between four predicted quantiles (first half of the row,
// fractions τ = 1/8, 3/8, 5/8, 7/8 from a static table) and four target samples (second half), κ = 1,
// ρ_τ(u) = |τ − 1{u < 0}| · L_κ(u) / κ, averaged over the targets for each quantile.
// Shape: Dabney et al., "Distributional RL with Quantile Regression" (2018), the PyTorch loss written as loops in float.
// expect: gradient
// rows: no-ties
// the tied row sets target x[7] equal to quantile x[0]: u = 0, where ρ_τ's second derivative jumps (τ against 1 − τ) and a central difference at h = 4e-5 is off by O(h).
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8, 4)]
public partial class QuantileHuberQrDqnFloat
{
    static readonly float[] Tau = { 0.125f, 0.375f, 0.625f, 0.875f };
    const float Kappa = 1f;

    static float Huber(float u)
    {
        float a = MathF.Abs(u);
        return a <= Kappa ? 0.5f * u * u : Kappa * (a - 0.5f * Kappa);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        ReadOnlySpan<float> quantiles = x[..4];
        ReadOnlySpan<float> targets = x[4..];
        for (int i = 0; i < quantiles.Length; i++)
        {
            float total = 0f;
            foreach (float target in targets)
            {
                float u = target - quantiles[i];
                float below = u < 0f ? 1f : 0f;
                total += MathF.Abs(Tau[i] - below) * Huber(u) / Kappa;
            }
            y[i] = total / targets.Length;
        }
    }
}
