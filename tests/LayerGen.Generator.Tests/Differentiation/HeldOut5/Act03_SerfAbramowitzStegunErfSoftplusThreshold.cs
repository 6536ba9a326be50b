// Serf (Nag and Bhattacharyya 2023): x · erf(ln(1 + eˣ)). .NET has no Math.Erf, so the port carries the
// Abramowitz–Stegun 7.1.26 rational approximation (|error| < 1.5e−7) as a helper, and softplus with PyTorch's
// threshold (x > 20 → x) as another helper that the activation calls.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(10)]
public partial class SerfAbramowitzStegunErfSoftplusThreshold
{
    static double Softplus(double v) => v > 20 ? v : Math.Log(1 + Math.Exp(v));

    static double Erf(double z)
    {
        // A&S 7.1.26 for z ≥ 0; erf is odd.
        double a = Math.Abs(z);
        double t = 1 / (1 + 0.3275911 * a);
        double poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
        double e = 1 - poly * Math.Exp(-a * a);
        return z < 0 ? -e : e;
    }

    static double Serf(double v) => v * Erf(Softplus(v));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = Serf(x[i]);
    }
}
