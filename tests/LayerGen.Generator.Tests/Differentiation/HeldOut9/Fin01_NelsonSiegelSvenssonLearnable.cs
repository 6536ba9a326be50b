// Finance: the Nelson–Siegel–Svensson zero-coupon yield curve at eight maturities (0.25–30.25 years from the row),
// loadings (1 − e^(−m))/m written with −expm1(−m)/m, learnable β₀..β₃ and log τ₁, log τ₂; outputs yields and discount
// factors e^(−y t).
// Shape: Svensson (1994) as in central-bank curve-fitting scripts (the ECB/Fed's NSS parameters), ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8, 16)]
public partial class NelsonSiegelSvenssonLearnable
{
    static double Loading(double m) => -double.ExpM1(-m) / m;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(4, Initial = 0.02, StandardDeviation = 0.01)] ReadOnlySpan<double> betas,
        [Learnable(2, Initial = 0.5, StandardDeviation = 0.3)] ReadOnlySpan<double> logTaus)
    {
        double tau1 = Math.Exp(logTaus[0]), tau2 = Math.Exp(logTaus[1]);
        for (int i = 0; i < x.Length; i++)
        {
            double t = 0.25 + 30 * 0.5 * (1 + Math.Tanh(0.5 * x[i]));
            double m1 = t / tau1, m2 = t / tau2;
            double l1 = Loading(m1), l2 = Loading(m2);
            double yield = betas[0] + betas[1] * l1 + betas[2] * (l1 - Math.Exp(-m1)) + betas[3] * (l2 - Math.Exp(-m2));
            y[i] = yield;
            y[x.Length + i] = Math.Exp(-yield * t);
        }
    }
}
