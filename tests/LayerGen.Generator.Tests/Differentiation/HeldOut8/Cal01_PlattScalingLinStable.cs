// Platt scaling of eight SVM decision values, p = 1 / (1 + exp(A f + B)) with learnable A (starting at −1) and B,
// evaluated with the overflow-safe branch of Lin, Lin & Weng's note (fApB ≥ 0 → e^(−fApB) / (1 + e^(−fApB))).
// Shape of: Lin, Lin & Weng 2007 ("A note on Platt's probabilistic outputs"), libsvm's sigmoid_predict (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8)]
public partial class PlattScalingLinStable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = -1)] ReadOnlySpan<double> a,
        [Learnable(1)] ReadOnlySpan<double> b)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double fApB = x[i] * a[0] + b[0];
            if (fApB >= 0)
                y[i] = Math.Exp(-fApB) / (1.0 + Math.Exp(-fApB));
            else
                y[i] = 1.0 / (1 + Math.Exp(fApB));
        }
    }
}
