// Causal 1-D convolution with a learnable kernel of 3 taps and a bias: y[t] = b + Σ_k w[k]·x[t−k], taps before the row
// start skipped with `continue` (torch.nn.Conv1d with left padding k−1, one channel; the kernel length read from the span).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class CausalConv1dLearnableKernelContinue
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(3, StandardDeviation = 0.5)] ReadOnlySpan<double> kernel, [Learnable(1)] ReadOnlySpan<double> bias)
    {
        for (int t = 0; t < x.Length; t++)
        {
            double sum = bias[0];
            for (int k = 0; k < kernel.Length; k++)
            {
                if (t - k < 0)
                    continue;
                sum += kernel[k] * x[t - k];
            }
            y[t] = sum;
        }
    }
}
