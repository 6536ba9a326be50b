// Insurance losses: the Tweedie negative log-likelihood (up to terms free of μ) as gradient-boosting libraries write it,
// −y·e^((1−ρ)f)/(1−ρ) + e^((2−ρ)f)/(2−ρ) with μ = e^f the raw score's log link, for four policies with claim amounts from a
// static table; the variance power ρ = 1 + σ(p) ∈ (1, 2) is learnable.
// Shape: LightGBM's / XGBoost's reg:tweedie objective, ported to a C# layer.
// expect: gradient
// rows: no-large
// e^((2−ρ)f) at a raw score of 1000 is ~e^500: the check's h = 0.01 there leaves the central difference ~4e-6 off.
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(4)]
public partial class TweedieDevianceLearnablePower
{
    static readonly double[] Claims = { 0.0, 1.5, 0.0, 3.2 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1)] ReadOnlySpan<double> powerLogit)
    {
        double rho = 1 + 0.5 * (1 + Math.Tanh(0.5 * powerLogit[0]));
        for (int i = 0; i < x.Length; i++)
        {
            double f = x[i];
            double a = -Claims[i] * Math.Exp((1 - rho) * f) / (1 - rho);
            double b = Math.Exp((2 - rho) * f) / (2 - rho);
            y[i] = a + b;
        }
    }
}
