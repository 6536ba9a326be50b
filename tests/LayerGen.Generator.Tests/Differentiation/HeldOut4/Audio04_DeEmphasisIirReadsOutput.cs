// De-emphasis, the one-pole IIR inverse of pre-emphasis, with a learnable coefficient:
// y[0] = x[0], y[n] = x[n] + a·y[n−1]; the recursion reads back the outputs it wrote
// (scipy.signal.lfilter([1], [1, -a], x) written as the textbook loop).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(12)]
public partial class DeEmphasisIirReadsOutput
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1, Initial = 0.9)] ReadOnlySpan<double> coefficient)
    {
        y[0] = x[0];
        for (int n = 1; n < x.Length; n++)
            y[n] = x[n] + coefficient[0] * y[n - 1];
    }
}
