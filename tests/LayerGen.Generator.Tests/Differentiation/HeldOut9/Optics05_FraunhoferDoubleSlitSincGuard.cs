// Optics: Fraunhofer double-slit intensity at small angles 0.01·tanh(x) rad, I = sinc²(β) cos²(γ) with β = π a sin θ / λ,
// γ = π d sin θ / λ, the sinc guarded at β ≈ 0 as C ports of sinc do; learnable log slit width a and log separation d (µm).
// Shape: Hecht, Optics §10.2, as a diffraction-lab script (numpy.sinc rewritten by hand), in C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class FraunhoferDoubleSlitSincGuard
{
    const double Wavelength = 0.633;   // µm, He–Ne

    static double Sinc(double b) => Math.Abs(b) < 1e-8 ? 1.0 : Math.Sin(b) / b;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 3)] ReadOnlySpan<double> logSlitWidth,
        [Learnable(1, Initial = 3.5)] ReadOnlySpan<double> logSeparation)
    {
        double a = Math.Exp(logSlitWidth[0]), d = Math.Exp(logSeparation[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double sinTheta = Math.Sin(0.01 * Math.Tanh(x[i]));
            double beta = Math.PI * a * sinTheta / Wavelength;
            double gamma = Math.PI * d * sinTheta / Wavelength;
            double envelope = Sinc(beta);
            double fringes = Math.Cos(gamma);
            y[i] = envelope * envelope * fringes * fringes;
        }
    }
}
