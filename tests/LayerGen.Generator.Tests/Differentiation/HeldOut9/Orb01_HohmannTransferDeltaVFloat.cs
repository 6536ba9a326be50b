// Orbital mechanics: Hohmann transfers between circular Earth orbits for four (from, to) altitude pairs (LEO..GEO from
// logits): signed burns Δv₁ = √(μ/r₁)(√(2r₂/(r₁+r₂)) − 1), Δv₂ = √(μ/r₂)(1 − √(2r₁/(r₁+r₂))) (negative = retrograde)
// and the transfer time π√(a³/μ) in hours, from a helper returning a tuple.
// Shape: Curtis, Orbital Mechanics for Engineering Students, ch. 6, as a mission-design script in float C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8, 12)]
public partial class HohmannTransferDeltaVFloat
{
    const float Mu = 398600.44f;          // km³/s²
    const float EarthRadius = 6378.14f;   // km

    static (float First, float Second, float Hours) Hohmann(float r1, float r2)
    {
        float sum = r1 + r2;
        float first = MathF.Sqrt(Mu / r1) * (MathF.Sqrt(2f * r2 / sum) - 1f);
        float second = MathF.Sqrt(Mu / r2) * (1f - MathF.Sqrt(2f * r1 / sum));
        float a = 0.5f * sum;
        float hours = MathF.PI * MathF.Sqrt(a * a * a / Mu) / 3600f;
        return (first, second, hours);
    }

    static float Radius(float logit) => EarthRadius + 200f + 35586f * 0.5f * (1f + MathF.Tanh(0.5f * logit));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int p = 0; p < 4; p++)
        {
            var (first, second, hours) = Hohmann(Radius(x[2 * p]), Radius(x[2 * p + 1]));
            y[3 * p] = first;
            y[3 * p + 1] = second;
            y[3 * p + 2] = hours;
        }
    }
}
