// An SIR epidemic in four regions advanced 30 days by forward Euler: the row holds each region's logit of the
// transmission rate (β = 0.6·σ(v), a branch-stable sigmoid through exp(−|v|)), recovery γ = 0.1, one percent infected
// at the start; outputs the infected fraction on the last day and the cumulative incidence per region.
// Shape of the SIR example in scipy/epidemiology tutorials, with Euler in place of odeint, from memory.
// A user expects the gradient for the four logits.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(4, 8)]
public partial class SirEulerStepsFloat
{
    const int Days = 30;
    const float Gamma = 0.1f, MaxBeta = 0.6f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int region = 0; region < x.Length; region++)
        {
            float v = x[region];
            float e = MathF.Exp(-MathF.Abs(v));
            float beta = MaxBeta * (v >= 0 ? 1f / (1f + e) : e / (1f + e));

            float s = 0.99f, i = 0.01f, incidence = 0f;
            for (int day = 0; day < Days; day++)
            {
                float infections = beta * s * i;
                float recoveries = Gamma * i;
                s -= infections;
                i += infections - recoveries;
                incidence += infections;
            }
            y[region] = i;
            y[x.Length + region] = incidence;
        }
    }
}
