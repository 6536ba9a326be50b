// Exact GELU, x · Φ(x) = ½x(1 + erf(x/√2)) (Hendrycks and Gimpel; torch.nn.GELU(approximate="none")), ported to a
// runtime without erf: Abramowitz–Stegun 7.1.26 with its five coefficients in a static readonly table evaluated
// by a Horner loop, and the odd symmetry restored with MathF.CopySign.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class GeluErfHornerStaticTableFloat
{
    static readonly float[] Coefficients = { 0.254829592f, -0.284496736f, 1.421413741f, -1.453152027f, 1.061405429f };
    const float P = 0.3275911f;

    static float Erf(float z)
    {
        float a = MathF.Abs(z);
        float t = 1f / (1f + P * a);
        float poly = 0f;
        for (int k = Coefficients.Length - 1; k >= 0; k--) poly = poly * t + Coefficients[k];
        poly *= t;
        return MathF.CopySign(1f - poly * MathF.Exp(-a * a), z);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float invSqrt2 = 0.70710678f;
        for (int i = 0; i < x.Length; i++) y[i] = 0.5f * x[i] * (1f + Erf(x[i] * invSqrt2));
    }
}
