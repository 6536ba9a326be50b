// expect: gradient
// Astronomy: a Sérsic surface-brightness profile I(r) = I_e exp(−b_n((r/R_e)^(1/n) − 1)) in magnitudes, with
// Ciotti & Bertin's asymptotic b_n ≈ 2n − 1/3 + 4/(405n) + 46/(25515n²). Learnable log n, log R_e and μ_e (as
// galfit-style fitting code parametrises them). Radii are exp(1.5·tanh(x/3)) arcsec.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8)]
public partial class SersicProfileLearnableIndex
{
    static double SersicB(double n) => 2.0 * n - 1.0 / 3.0 + 4.0 / (405.0 * n) + 46.0 / (25515.0 * n * n);

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 1.4)] ReadOnlySpan<double> logIndex,
                           [Learnable(1, Initial = 0.3)] ReadOnlySpan<double> logRadius,
                           [Learnable(1, Initial = 21.0)] ReadOnlySpan<double> surfaceBrightness)
    {
        double n = Math.Exp(logIndex[0]);
        double re = Math.Exp(logRadius[0]);
        double b = SersicB(n);
        double toMagnitudes = 2.5 / Math.Log(10.0);
        for (int i = 0; i < x.Length; i++)
        {
            double r = Math.Exp(1.5 * Math.Tanh(x[i] / 3.0));
            double exponent = b * (Math.Pow(r / re, 1.0 / n) - 1.0);
            y[i] = surfaceBrightness[0] + toMagnitudes * exponent;     // μ(r) = μ_e + 2.5 log10(e)·b_n((r/R_e)^(1/n) − 1)
        }
    }
}
