// Dew point from air temperature and relative humidity by the Magnus formula (b = 17.62, c = 243.12 °C) for five
// (T, RH-logit) pairs: γ = ln RH + bT / (c + T), T_d = c γ / (b − γ).
// Shape of: the Magnus–Tetens dew point as in MetPy's dewpoint_from_relative_humidity and weather-station scripts (from memory).
// expect: gradient
// rows: no-large
// T = 15 + 8x reaches the pole of bT / (c + T) at x ≈ −32 and RH's sigmoid overflows: the forward is not defined there.
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(10, 5)]
public partial class MagnusDewPointFloat
{
    const float B = 17.62f, C = 243.12f;

    static float Sigmoid(float v) => 1.0f / (1.0f + MathF.Exp(-v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < y.Length; i++)
        {
            float t = 15.0f + 8.0f * x[2 * i];
            float rh = 0.05f + 0.95f * Sigmoid(x[2 * i + 1]);
            float gamma = MathF.Log(rh) + B * t / (C + t);
            y[i] = C * gamma / (B - gamma);
        }
    }
}
