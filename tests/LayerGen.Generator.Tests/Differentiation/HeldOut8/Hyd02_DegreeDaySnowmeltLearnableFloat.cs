// A degree-day snow model over six days: the row holds (temperature, precipitation) per day; precipitation falls as
// snow by a sigmoid of temperature, melt = min(snowpack, DDF·softplus(T − T₀)) with learnable log DDF and T₀.
// Shape of: HBV / Snow-17-style degree-day routines as ported in hydrology notebooks (e.g. the HBV-light snow routine), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(12, 6)]
public partial class DegreeDaySnowmeltLearnableFloat
{
    const float InitialSnow = 10.0f;    // mm of water equivalent
    const float RainSnowTemperature = 1.0f;

    static float Softplus(float v) => MathF.Max(v, 0.0f) + MathF.Log(1.0f + MathF.Exp(-MathF.Abs(v)));

    static float Sigmoid(float v)
    {
        if (v >= 0)
            return 1.0f / (1.0f + MathF.Exp(-v));
        float e = MathF.Exp(v);
        return e / (1.0f + e);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 1.1)] ReadOnlySpan<float> logDegreeDay,
        [Learnable(1)] ReadOnlySpan<float> threshold)
    {
        float ddf = MathF.Exp(logDegreeDay[0]);
        float snow = InitialSnow;
        for (int d = 0; d < y.Length; d++)
        {
            float t = 5.0f * x[2 * d];
            float p = Softplus(x[2 * d + 1]);
            snow += p * Sigmoid(RainSnowTemperature - t);
            float potential = ddf * Softplus(t - threshold[0]);
            float melt = MathF.Min(snow, potential);
            snow -= melt;
            y[d] = melt;
        }
    }
}
