// Barron's general and adaptive robust loss ρ(x, α, c) = |α − 2|/α · (((x/c)²/|α − 2| + 1)^(α/2) − 1) per residual,
// with the shape α = 2·σ(a) kept inside (0, 2) and the scale c = exp(s), both learnable. Shape of the
// robust_loss_pytorch general.lossfun (without its special cases at α = 0 and 2), from memory.
// A user expects the gradient for the residuals, a and s.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class BarronAdaptiveRobustLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1)] ReadOnlySpan<double> shape,
                           [Learnable(1)] ReadOnlySpan<double> logScale)
    {
        double alpha = 2 / (1 + Math.Exp(-shape[0]));
        double c = Math.Exp(logScale[0]);
        double beta = Math.Abs(alpha - 2);
        for (int i = 0; i < x.Length; i++)
        {
            double scaled = x[i] / c;
            y[i] = beta / alpha * (Math.Pow(scaled * scaled / beta + 1, alpha / 2) - 1);
        }
    }
}
