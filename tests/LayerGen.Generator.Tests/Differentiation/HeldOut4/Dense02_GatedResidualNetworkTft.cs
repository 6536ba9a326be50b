// Gated residual network of the Temporal Fusion Transformer (Lim et al. 2021; pytorch-forecasting's
// GatedResidualNetwork without context and dropout): η₂ = ELU(W₂x + b₂), η₁ = W₁η₂ + b₁,
// GLU(η₁) = σ(W₄η₁ + b₄) ⊙ (W₅η₁ + b₅), y = LayerNorm(x + GLU(η₁)) with gain and shift. The four 4×4 matrices and the
// four biases are packed in two learnable spans at constant offsets; the sigmoid 1/(1 + exp(−z)) overflows inside at ±1000.
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(4)]
public partial class GatedResidualNetworkTft
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(64, StandardDeviation = 0.4)] ReadOnlySpan<double> weights,
        [Learnable(16)] ReadOnlySpan<double> biases,
        [Learnable(4, Initial = 1)] ReadOnlySpan<double> gain,
        [Learnable(4)] ReadOnlySpan<double> shift)
    {
        const int N = 4, W2 = 0, W1 = 16, W4 = 32, W5 = 48, B2 = 0, B1 = 4, B4 = 8, B5 = 12;
        Span<double> eta2 = stackalloc double[N];
        Span<double> eta1 = stackalloc double[N];
        for (int o = 0; o < N; o++)
        {
            double a = biases[B2 + o];
            for (int i = 0; i < N; i++)
                a += weights[W2 + o * N + i] * x[i];
            eta2[o] = a > 0 ? a : Math.Exp(a) - 1;
        }
        for (int o = 0; o < N; o++)
        {
            double a = biases[B1 + o];
            for (int i = 0; i < N; i++)
                a += weights[W1 + o * N + i] * eta2[i];
            eta1[o] = a;
        }
        for (int o = 0; o < N; o++)
        {
            double gate = biases[B4 + o], value = biases[B5 + o];
            for (int i = 0; i < N; i++)
            {
                gate += weights[W4 + o * N + i] * eta1[i];
                value += weights[W5 + o * N + i] * eta1[i];
            }
            y[o] = x[o] + value / (1 + Math.Exp(-gate));
        }
        double mean = 0;
        for (int i = 0; i < N; i++)
            mean += y[i];
        mean /= N;
        double variance = 0;
        for (int i = 0; i < N; i++)
            variance += (y[i] - mean) * (y[i] - mean);
        variance /= N;
        double inverse = 1 / Math.Sqrt(variance + 1e-5);
        for (int i = 0; i < N; i++)
            y[i] = (y[i] - mean) * inverse * gain[i] + shift[i];
    }
}
