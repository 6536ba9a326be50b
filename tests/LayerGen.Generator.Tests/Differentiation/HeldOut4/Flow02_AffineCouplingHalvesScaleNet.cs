// RealNVP affine coupling over the row's halves: the first half passes through, the second becomes
// x₂·exp(s) + t with s = tanh(W_s x₁ + b_s), t = W_t x₁ + b_t — the scale and shift nets as small loops over learnable
// 4×4 weights, the scales kept in a stackalloc buffer (shape of the coupling layers in RealNVP / nflows).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class AffineCouplingHalvesScaleNet
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(16, StandardDeviation = 0.3)] ReadOnlySpan<double> scaleWeights,
        [Learnable(4)] ReadOnlySpan<double> scaleBias,
        [Learnable(16, StandardDeviation = 0.3)] ReadOnlySpan<double> shiftWeights,
        [Learnable(4)] ReadOnlySpan<double> shiftBias)
    {
        const int Half = 4;
        Span<double> scale = stackalloc double[Half];
        for (int j = 0; j < Half; j++)
        {
            double s = scaleBias[j], t = shiftBias[j];
            for (int i = 0; i < Half; i++)
            {
                s += scaleWeights[j * Half + i] * x[i];
                t += shiftWeights[j * Half + i] * x[i];
            }
            scale[j] = Math.Tanh(s);
            y[Half + j] = x[Half + j] * Math.Exp(scale[j]) + t;
        }
        for (int i = 0; i < Half; i++)
            y[i] = x[i];
    }
}
