// Room acoustics: Sabine and Eyring reverberation times of a 6-surface room (areas from a static table, volume 180 m³),
// absorption coefficients 0.01–0.99 from the row, Eyring's −S ln(1 − ᾱ) with float.LogP1, plus air absorption 4mV with a
// learnable log m.
// Shape: Kuttruff, Room Acoustics, ch. 5, as an acoustics consultant's spreadsheet ported to float C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6, 2)]
public partial class EyringReverberationTimeFloat
{
    static readonly float[] Area = { 60f, 60f, 36f, 36f, 30f, 30f };   // floor, ceiling, walls (m²)
    const float Volume = 180f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -5)] ReadOnlySpan<float> logAirAttenuation)
    {
        float surface = 0f, absorption = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            float alpha = 0.01f + 0.98f * 0.5f * (1f + MathF.Tanh(0.5f * x[i]));
            surface += Area[i];
            absorption += Area[i] * alpha;
        }
        float mean = absorption / surface;
        float air = 4f * MathF.Exp(logAirAttenuation[0]) * Volume;
        y[0] = 0.161f * Volume / (absorption + air);                                   // Sabine
        y[1] = 0.161f * Volume / (-surface * float.LogP1(-mean) + air);                // Eyring
    }
}
