// expect: gradient
// Seismology: the modified Omori (Omori–Utsu) aftershock rate n(t) = K/(c + t)^p and its integral over [0, t]
// (closed form for p ≠ 1, a ternary on |p − 1| picking the log form near 1, as ETAS codes do), with Båth's-law
// productivity K ∝ 10^(α(M − Mc)). Row: mainshock magnitudes (5 + 2σ(x)) and log times. Learnable log c, p, α.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 6)]
public partial class OmoriUtsuAftershockRate
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = -3.0)] ReadOnlySpan<double> logC,
                           [Learnable(1, Initial = 1.15)] ReadOnlySpan<double> decay,
                           [Learnable(1, Initial = 0.8)] ReadOnlySpan<double> productivity)
    {
        double c = Math.Exp(logC[0]);
        double p = decay[0];
        for (int e = 0; e < 3; e++)
        {
            double magnitude = 5.0 + 2.0 / (1.0 + Math.Exp(-x[2 * e]));
            double t = Math.Exp(2.0 * Math.Tanh(x[2 * e + 1] / 2.0));           // days
            double k = 0.01 * Math.Pow(10.0, productivity[0] * (magnitude - 3.0));
            y[2 * e] = k / Math.Pow(c + t, p);
            y[2 * e + 1] = Math.Abs(p - 1.0) < 1e-6
                ? k * (Math.Log(c + t) - Math.Log(c))
                : k * (Math.Pow(c, 1.0 - p) - Math.Pow(c + t, 1.0 - p)) / (p - 1.0);
        }
    }
}
