// expect: gradient
// Astronomy: Planck's law B_λ(T) ∝ λ⁻⁵ / (exp(hc/λkT) − 1) at five band centres (UBVRI, µm), written with float.ExpM1
// as an astropy-style port keeps small arguments accurate, then normalised by the Stefan–Boltzmann T⁴ so the row gives
// band fractions. Temperatures are 3000 + 9000·σ(x) K, one star per input.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(3, 15)]
public partial class PlanckBandRadianceExpM1Float
{
    static readonly float[] BandMicrons = { 0.365f, 0.445f, 0.551f, 0.658f, 0.806f };
    const float SecondRadiation = 14387.77f;   // hc/k in µm·K

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int s = 0; s < x.Length; s++)
        {
            float t = 3000.0f + 9000.0f / (1.0f + MathF.Exp(-x[s]));
            float t4 = t * t * t * t / 1.0e12f;
            for (int b = 0; b < BandMicrons.Length; b++)
            {
                float lambda = BandMicrons[b];
                float u = SecondRadiation / (lambda * t);
                float radiance = 1.0f / (MathF.Pow(lambda, 5.0f) * float.ExpM1(u));
                y[s * BandMicrons.Length + b] = radiance / t4;
            }
        }
    }
}
