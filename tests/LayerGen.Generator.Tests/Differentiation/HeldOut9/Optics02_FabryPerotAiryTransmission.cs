// Optics: transmission of a lossless Fabry–Pérot etalon (Airy function) around 1 µm, with a learnable mirror
// reflectivity (logit) and a learnable log correction of the plate thickness.
// Shape: Hecht's Optics §9.6 formulas, T = 1 / (1 + F sin²(δ/2)), F = 4R / (1 − R)², typed into C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class FabryPerotAiryTransmission
{
    const double RefractiveIndex = 1.5;
    const double NominalThicknessMicrons = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1)] ReadOnlySpan<double> reflectivityLogit,
        [Learnable(1)] ReadOnlySpan<double> logThicknessCorrection)
    {
        double tanhHalf = Math.Tanh(0.5 * reflectivityLogit[0]);
        double reflectivity = 0.5 * (1 + tanhHalf);          // σ(logit), written without exp overflow
        double loss = 0.5 * (1 - tanhHalf);                  // 1 − R
        double finesseCoefficient = 4 * reflectivity / (loss * loss);
        double thickness = NominalThicknessMicrons * Math.Exp(logThicknessCorrection[0]);

        for (int i = 0; i < x.Length; i++)
        {
            double wavelength = 1.0 + 0.05 * Math.Tanh(x[i]);                 // µm
            double delta = 4 * Math.PI * RefractiveIndex * thickness / wavelength;  // round-trip phase, normal incidence
            y[i] = 1.0 / (1.0 + finesseCoefficient * Math.Pow(Math.Sin(delta / 2), 2));
        }
    }
}
