// expect: gradient
// Reflectance of a single anti-reflection coating (MgF₂, n = 1.38, on glass n = 1.52) at normal incidence for a row of
// wavelengths 550 ± 150 nm, with the film thickness learnable: two-beam Airy formula
// R = (r₁² + r₂² + 2r₁r₂cos δ) / (1 + r₁²r₂² + 2r₁r₂cos δ), δ = 4π n d / λ. Shape from thin-film optics notes; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6)]
public partial class ThinFilmReflectanceLearnableThickness
{
    const double FilmIndex = 1.38, SubstrateIndex = 1.52;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 100.0)] ReadOnlySpan<double> thicknessNm)
    {
        double r1 = (1.0 - FilmIndex) / (1.0 + FilmIndex);
        double r2 = (FilmIndex - SubstrateIndex) / (FilmIndex + SubstrateIndex);
        for (int i = 0; i < x.Length; i++)
        {
            double wavelength = 550.0 + 150.0 * Math.Tanh(x[i]);
            double delta = 4.0 * Math.PI * FilmIndex * thicknessNm[0] / wavelength;
            double c = 2.0 * r1 * r2 * Math.Cos(delta);
            y[i] = (r1 * r1 + r2 * r2 + c) / (1.0 + r1 * r1 * r2 * r2 + c);
        }
    }
}
