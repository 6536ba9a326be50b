// expect: gradient
// Exact-form GELU, 0.5 x (1 + erf(x / √2)), with erf from Abramowitz & Stegun 7.1.26 (as C# ports of
// torch.nn.GELU(approximate='none') do, since .NET has no Math.Erf): an odd-symmetric helper with a sign ternary,
// Math.Abs and a Horner polynomial over class constants. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class GeluErfPolynomial
{
    const double P = 0.3275911;
    const double A1 = 0.254829592;
    const double A2 = -0.284496736;
    const double A3 = 1.421413741;
    const double A4 = -1.453152027;
    const double A5 = 1.061405429;

    static double Erf(double z)
    {
        double sign = z < 0 ? -1.0 : 1.0;
        double a = Math.Abs(z);
        double t = 1.0 / (1.0 + P * a);
        double poly = ((((A5 * t + A4) * t + A3) * t + A2) * t + A1) * t;
        return sign * (1.0 - poly * Math.Exp(-a * a));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double invSqrt2 = 1.0 / Math.Sqrt(2.0);
        for (int i = 0; i < x.Length; i++)
            y[i] = 0.5 * x[i] * (1.0 + Erf(x[i] * invSqrt2));
    }
}
