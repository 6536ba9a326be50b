// expect: gradient
// Meteorology: a lifted parcel's temperature through ten 500 m layers, cooling at the dry adiabatic lapse rate below
// the lifting condensation level and at a (learnable) moist rate above it, blended smoothly by a logistic in height
// (as a teaching notebook avoids the kink). LCL by Espy's 125 m per kelvin of dew point depression. Counting while.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(2, 10)]
public partial class ParcelLapseRateBlendWhileFloat
{
    const float DryLapse = 9.8f;      // K per km
    const float LayerKm = 0.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 1.8f)] ReadOnlySpan<float> logMoist)
    {
        float surface = 15.0f + 10.0f * MathF.Tanh(x[0] / 10.0f);
        float depression = 2.0f + 10.0f / (1.0f + MathF.Exp(-x[1]));
        float lcl = 0.125f * depression;                   // km
        float moist = MathF.Exp(logMoist[0]);
        float temperature = surface;
        int layer = 0;
        while (layer < y.Length)
        {
            float top = (layer + 1) * LayerKm;
            float above = 1.0f / (1.0f + MathF.Exp(-(top - lcl) / 0.2f));
            float lapse = DryLapse * (1.0f - above) + moist * above;
            temperature -= lapse * LayerKm;
            y[layer] = temperature;
            layer++;
        }
    }
}
