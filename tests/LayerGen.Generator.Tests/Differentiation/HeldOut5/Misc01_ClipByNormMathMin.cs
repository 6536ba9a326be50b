// Clip a row to a maximum L2 norm, the formula of torch.nn.utils.clip_grad_norm_ applied to activations:
// coefficient = min(1, maxNorm / (‖x‖ + 1e−6)), y = coefficient · x.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class ClipByNormMathMin
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double maxNorm = 3.0;
        double total = 0;
        for (int i = 0; i < x.Length; i++) total += x[i] * x[i];
        double coefficient = Math.Min(1.0, maxNorm / (Math.Sqrt(total) + 1e-6));
        for (int i = 0; i < x.Length; i++) y[i] = coefficient * x[i];
    }
}
