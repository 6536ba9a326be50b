// expect: gradient
// A Gaussian laser beam (waist w₀ = 1, λ = 0.5, Rayleigh range z_R = πw₀²/λ) sampled at four (z, r) pairs of the row:
// beam radius w(z) = w₀√(1 + (z/z_R)²), intensity (w₀/w)²·exp(−2r²/w²) and Gouy phase atan(z/z_R). Shape from
// laser-optics course code (Siegman's formulas); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 12)]
public partial class GaussianBeamIntensityGouyPhase
{
    const double Waist = 1.0, Wavelength = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double rayleigh = Math.PI * Waist * Waist / Wavelength;
        for (int p = 0, o = 0; p < x.Length; p += 2, o += 3)
        {
            double z = x[p], r = x[p + 1];
            double ratio = z / rayleigh;
            double w = Waist * Math.Sqrt(1 + ratio * ratio);
            y[o] = Waist * Waist / (w * w) * Math.Exp(-2 * r * r / (w * w));
            y[o + 1] = w;
            y[o + 2] = Math.Atan(ratio);
        }
    }
}
