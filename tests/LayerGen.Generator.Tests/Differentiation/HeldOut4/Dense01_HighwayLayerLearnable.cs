// Highway layer (Srivastava et al. 2015): y = T·relu(W_H x + b_H) + (1 − T)·x, T = σ(W_T x + b_T) with the transform
// bias starting at −1; the sigmoid written 1/(1 + exp(−t)), which overflows to ∞ inside at ±1000.
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(6)]
public partial class HighwayLayerLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(36, StandardDeviation = 0.3)] ReadOnlySpan<double> hiddenWeights,
        [Learnable(6)] ReadOnlySpan<double> hiddenBias,
        [Learnable(36, StandardDeviation = 0.3)] ReadOnlySpan<double> transformWeights,
        [Learnable(6, Initial = -1)] ReadOnlySpan<double> transformBias)
    {
        const int N = 6;
        for (int o = 0; o < N; o++)
        {
            double t = transformBias[o], h = hiddenBias[o];
            for (int i = 0; i < N; i++)
            {
                t += transformWeights[o * N + i] * x[i];
                h += hiddenWeights[o * N + i] * x[i];
            }
            double gate = 1 / (1 + Math.Exp(-t));
            y[o] = gate * Math.Max(0, h) + (1 - gate) * x[o];
        }
    }
}
