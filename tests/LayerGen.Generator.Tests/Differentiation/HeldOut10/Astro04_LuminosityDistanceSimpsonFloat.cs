// expect: gradient
// Cosmology: luminosity distance in a flat ΛCDM universe, D_L = (1 + z)(c/H0)∫₀^z dz′/E(z′), E = √(Ω_m(1 + z)³ + 1 − Ω_m),
// by composite Simpson's rule with 16 panels (weights 4 and 2 by k % 2), then the distance modulus 5 log10(D_L/10 pc).
// Redshifts are 0.01 + 2σ(x); learnable logit of Ω_m (as a cosmology notebook keeps it in (0, 1)).
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 8)]
public partial class LuminosityDistanceSimpsonFloat
{
    const int Panels = 16;
    const float HubbleDistance = 4282.7f;   // c/H0 in Mpc for H0 = 70

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = -0.85f)] ReadOnlySpan<float> matterLogit)
    {
        float omega = 1.0f / (1.0f + MathF.Exp(-matterLogit[0]));
        for (int s = 0; s < x.Length; s++)
        {
            float z = 0.01f + 2.0f / (1.0f + MathF.Exp(-x[s]));
            float step = z / Panels;
            float sum = 0.0f;
            for (int k = 0; k <= Panels; k++)
            {
                float zk = k * step;
                float onePlus = 1.0f + zk;
                float inverseE = 1.0f / MathF.Sqrt(omega * onePlus * onePlus * onePlus + 1.0f - omega);
                float weight = k == 0 || k == Panels ? 1.0f : (k % 2 == 1 ? 4.0f : 2.0f);
                sum += weight * inverseE;
            }
            float comoving = HubbleDistance * sum * step / 3.0f;
            float luminosity = (1.0f + z) * comoving;
            y[2 * s] = luminosity / 1000.0f;                               // Gpc
            y[2 * s + 1] = 5.0f * MathF.Log10(luminosity * 1.0e6f / 10.0f);
        }
    }
}
