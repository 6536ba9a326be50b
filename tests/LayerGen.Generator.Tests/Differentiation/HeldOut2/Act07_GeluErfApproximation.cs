// Exact-form GELU, 0.5 x (1 + erf(x / sqrt 2)), with erf from Abramowitz & Stegun 7.1.26 because .NET has no Math.Erf.
// Re-creates: the usual C# port of erf (A&S 7.1.26 coefficients) used by GELU layers (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class GeluErfApproximation
{
    static double Erf(double z)
    {
        double sign = z < 0 ? -1.0 : 1.0;
        double a = Math.Abs(z);
        double t = 1.0 / (1.0 + 0.3275911 * a);
        double poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
        return sign * (1.0 - poly * Math.Exp(-a * a));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = 0.5 * x[i] * (1.0 + Erf(x[i] / Math.Sqrt(2.0)));
    }
}
