// expect: gradient
// Colour / tone mapping: John Hable's Uncharted 2 filmic curve ((x(Ax + CB) + DE)/(x(Ax + B) + DF)) − E/F, normalised by
// its value at the white point W = 11.2, then the sRGB transfer function (12.92·v below 0.0031308, else
// 1.055·v^(1/2.4) − 0.055) as a shader port writes both; learnable log exposure. Pixels are softplus of the row.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6)]
public partial class HableFilmicSrgbEncodeFloat
{
    const float A = 0.15f, B = 0.50f, C = 0.10f, D = 0.20f, E = 0.02f, F = 0.30f, White = 11.2f;

    static float Curve(float v) => (v * (A * v + C * B) + D * E) / (v * (A * v + B) + D * F) - E / F;

    static float EncodeSrgb(float v) => v <= 0.0031308f ? 12.92f * v : 1.055f * MathF.Pow(v, 1.0f / 2.4f) - 0.055f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 0.7f)] ReadOnlySpan<float> logExposure)
    {
        float exposure = MathF.Exp(logExposure[0]);
        float whiteScale = 1.0f / Curve(White);
        for (int i = 0; i < x.Length; i++)
        {
            float radiance = x[i] > 20.0f ? x[i] : MathF.Log(1.0f + MathF.Exp(x[i]));
            float mapped = Curve(2.0f * exposure * radiance) * whiteScale;
            y[i] = EncodeSrgb(mapped);
        }
    }
}
