// expect: gradient
// Field-incidence mass law of a single partition per octave band, TL = 20·log10(f·m) − 47 dB, with the surface
// density of each band's panel from a softplus of the row (float). Shape of the mass-law tables in building-acoustics
// handbooks and their spreadsheet ports, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class MassLawTransmissionLossFloat
{
    static readonly float[] OctaveCentres = { 63f, 125f, 250f, 500f, 1000f, 2000f, 4000f, 8000f };

    static float Softplus(float v) => v > 20f ? v : MathF.Log(1f + MathF.Exp(v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int band = 0; band < OctaveCentres.Length; band++)
        {
            float surfaceMass = 1f + 4f * Softplus(x[band]);          // kg/m², at least 1
            float tl = 20f * MathF.Log10(OctaveCentres[band] * surfaceMass) - 47f;
            y[band] = tl;
        }
    }
}
