// A single-channel selective-state-space scan in the style of S4D / Mamba's reference selective_scan_ref, with a
// fixed (not input-dependent) step: A = −exp(logA) (diagonal), Δ = softplus(rawΔ), zero-order hold
// Ā = exp(ΔA), B̄ = ΔB, then h_t = Ā h_{t−1} + B̄ x_t, y_t = C·h_t + D x_t over the row as a sequence.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12)]
public partial class MambaLiteDiscretisedScanLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(4, Initial = -0.5, StandardDeviation = 0.3)] ReadOnlySpan<double> logA,
        [Learnable(4, Initial = 0.5, StandardDeviation = 0.2)] ReadOnlySpan<double> b,
        [Learnable(4, Initial = 0.5, StandardDeviation = 0.2)] ReadOnlySpan<double> c,
        [Learnable(1, Initial = -1)] ReadOnlySpan<double> rawDelta,
        [Learnable(1, Initial = 1)] ReadOnlySpan<double> d)
    {
        const int state = 4;
        double delta = Math.Log(1 + Math.Exp(rawDelta[0]));
        Span<double> aBar = stackalloc double[state];
        Span<double> h = stackalloc double[state];
        h.Clear();
        for (int s = 0; s < state; s++) aBar[s] = Math.Exp(-delta * Math.Exp(logA[s]));

        for (int t = 0; t < x.Length; t++)
        {
            double output = d[0] * x[t];
            for (int s = 0; s < state; s++)
            {
                h[s] = aBar[s] * h[s] + delta * b[s] * x[t];
                output += c[s] * h[s];
            }
            y[t] = output;
        }
    }
}
