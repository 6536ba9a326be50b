// expect: gradient
// Refraction from air into glass (n = 1.5) for a row of incidence angles squashed into (−π/2, π/2): Snell's law for
// the transmitted angle and the unpolarised Fresnel reflectance (Rs + Rp) / 2, float. Shape from optics course code
// (Hecht's formulas); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(4, 8)]
public partial class SnellFresnelUnpolarisedFloat
{
    const float N1 = 1.0f, N2 = 1.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float incidence = 0.5f * MathF.PI * MathF.Tanh(x[i]);
            float transmitted = MathF.Asin(N1 / N2 * MathF.Sin(incidence));
            float ci = MathF.Cos(incidence), ct = MathF.Cos(transmitted);
            float rs = (N1 * ci - N2 * ct) / (N1 * ci + N2 * ct);
            float rp = (N1 * ct - N2 * ci) / (N1 * ct + N2 * ci);
            y[2 * i] = transmitted;
            y[2 * i + 1] = 0.5f * (rs * rs + rp * rp);
        }
    }
}
