// The naive softmax exp(x) / Σ exp(x) without the max shift: overflows at 1000 in the forward, so that row is skipped.
// Re-creates: the textbook `np.exp(x) / np.sum(np.exp(x))` (seed 004's first version).
// expect: gradient
// rows: no-large
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(6)]
public partial class SoftmaxUnshifted
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i]);
        for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i]) / sum;
    }
}
