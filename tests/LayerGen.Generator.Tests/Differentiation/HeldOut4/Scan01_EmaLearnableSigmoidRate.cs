// Exponential moving average along the row with a learnable smoothing rate α = σ(a):
// s₀ = x₀, sₜ = α·xₜ + (1 − α)·sₜ₋₁ (the damped EMA of MEGA's MultiHeadEMA reduced to one channel;
// pandas ewm(adjust=False).mean() with a trained α).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class EmaLearnableSigmoidRate
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> rateLogit)
    {
        double alpha = 1.0 / (1.0 + Math.Exp(-rateLogit[0]));
        double state = x[0];
        y[0] = state;
        for (int t = 1; t < x.Length; t++)
        {
            state = alpha * x[t] + (1 - alpha) * state;
            y[t] = state;
        }
    }
}
