// Log-softmax: x − max − log Σ exp(x − max), max with `if (x[i] > max) max = x[i];`.
// Re-creates: torch.log_softmax's stable formula as NumPy code writes it.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(9)]
public partial class LogSoftmax
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max) max = x[i];
        }
        double sumExp = 0;
        for (int i = 0; i < x.Length; i++) sumExp += Math.Exp(x[i] - max);
        double logSum = Math.Log(sumExp);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] - max - logSum;
    }
}
