// expect: gradient
// Geophysics: oceanic lithosphere as a cooling half-space (Turcotte & Schubert §4.16), T(z, t) = T_s + (T_m − T_s)·
// erf(z / 2√(κt)), with erf by Abramowitz & Stegun 7.1.26 in a helper (sign handled with MathF.CopySign) and the
// seafloor depth 2500 + 350√t m. Row: ages (1 + 100σ(x) Myr) | depths (km, 5 + 90σ). Learnable log κ (mm²/s).
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8, 8)]
public partial class HalfSpaceCoolingErfFloat
{
    static float Erf(float v)
    {
        float a = MathF.Abs(v);
        float t = 1.0f / (1.0f + 0.3275911f * a);
        float poly = t * (0.254829592f + t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f + t * 1.061405429f))));
        return MathF.CopySign(1.0f - poly * MathF.Exp(-a * a), v);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1)] ReadOnlySpan<float> logDiffusivity)
    {
        float kappa = MathF.Exp(logDiffusivity[0]) * 31.5576f;      // mm²/s → km²/Myr
        for (int i = 0; i < 4; i++)
        {
            float age = 1.0f + 100.0f / (1.0f + MathF.Exp(-x[i]));
            float depth = 5.0f + 90.0f / (1.0f + MathF.Exp(-x[4 + i]));
            y[i] = 0.0f + (1350.0f - 0.0f) * Erf(depth / (2.0f * MathF.Sqrt(kappa * age)));
            y[4 + i] = 2500.0f + 350.0f * MathF.Sqrt(age);
        }
    }
}
