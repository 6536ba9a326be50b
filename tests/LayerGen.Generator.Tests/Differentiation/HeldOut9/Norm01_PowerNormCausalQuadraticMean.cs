// Normalisation: PowerNorm-style scaling by a running quadratic mean along the row read as a sequence (causal:
// ψ²_t = α ψ²_{t−1} + (1 − α) x_t², starting from 1 as the running estimate does), no mean subtraction,
// learnable per-position gain and bias.
// Shape: Shen et al., "PowerNorm: Rethinking Batch Normalization in Transformers" (2020), its running ψ² update
// applied over positions, ported from the PyTorch reference to a C# loop.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(12)]
public partial class PowerNormCausalQuadraticMean
{
    const double Momentum = 0.9;
    const double Epsilon = 1e-5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(12, Initial = 1)] ReadOnlySpan<double> gain,
        [Learnable(12)] ReadOnlySpan<double> bias)
    {
        double psi2 = 1.0;
        for (int t = 0; t < x.Length; t++)
        {
            psi2 = Momentum * psi2 + (1 - Momentum) * x[t] * x[t];
            y[t] = gain[t] * x[t] / Math.Sqrt(psi2 + Epsilon) + bias[t];
        }
    }
}
