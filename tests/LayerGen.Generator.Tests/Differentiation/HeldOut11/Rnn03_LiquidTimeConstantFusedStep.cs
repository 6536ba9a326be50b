// expect: gradient
// A liquid time-constant neuron (Hasani et al., AAAI 2021) with the fused semi-implicit solver,
// x ← (x + Δt·f·A)/(1 + Δt·(1/τ + f)), f = σ(w·I + b), three neurons driven by a sequence of four inputs each, with
// learnable w, b, A and log τ per neuron; outputs the states after the last step and their mean as a fourth entry.
// Shape of the ncps package's LTC cell unrolled over ODE unfolds, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(12, 4)]
public partial class LiquidTimeConstantFusedStep
{
    const int Neurons = 3, Steps = 4, Unfolds = 3;
    const double Dt = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(3, Initial = 1.0, StandardDeviation = 0.3)] ReadOnlySpan<double> w,
                           [Learnable(3)] ReadOnlySpan<double> b,
                           [Learnable(3, Initial = 1.0)] ReadOnlySpan<double> reversal,
                           [Learnable(3, Initial = 0.0)] ReadOnlySpan<double> logTau)
    {
        double mean = 0;
        for (int n = 0; n < Neurons; n++)
        {
            double state = 0;
            double tau = Math.Exp(logTau[n]);
            for (int t = 0; t < Steps; t++)
            {
                double input = x[n * Steps + t];
                double f = 1.0 / (1.0 + Math.Exp(-(w[n] * input + b[n])));
                for (int unfold = 0; unfold < Unfolds; unfold++)
                    state = (state + Dt / Unfolds * f * reversal[n]) / (1 + Dt / Unfolds * (1 / tau + f));
            }
            y[n] = state;
            mean += state / Neurons;
        }
        y[Neurons] = mean;
    }
}
