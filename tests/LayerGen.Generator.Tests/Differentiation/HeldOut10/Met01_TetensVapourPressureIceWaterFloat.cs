// expect: gradient
// Meteorology: saturation vapour pressure by Tetens' formula over water (T ≥ 0 °C) and over ice (T < 0 °C), as
// MetPy-style helpers write it, then relative humidity from a (temperature, dew point depression) pair. Temperatures
// are 40·tanh(x/20) °C; the depression is softplus. The ice/water choice is a ternary on the temperature.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8, 8)]
public partial class TetensVapourPressureIceWaterFloat
{
    static float Saturation(float t) =>
        t >= 0.0f ? 0.61078f * MathF.Exp(17.27f * t / (t + 237.3f))
                  : 0.61078f * MathF.Exp(21.875f * t / (t + 265.5f));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int p = 0; p < 4; p++)
        {
            float t = 40.0f * MathF.Tanh(x[2 * p] / 20.0f);
            float depression = MathF.Log(1.0f + MathF.Exp(-MathF.Abs(x[2 * p + 1]))) + MathF.Max(x[2 * p + 1], 0.0f);
            float dewPoint = t - 0.5f * MathF.Tanh(depression) * 30.0f;
            float es = Saturation(t);
            y[2 * p] = es;
            y[2 * p + 1] = 100.0f * Saturation(dewPoint) / es;
        }
    }
}
