// Cumulative sum that reads back what it wrote: y[0] = x[0]; y[i] = y[i - 1] + x[i]; then scaled in place with y[i] *= 0.5.
// Re-creates: np.cumsum(x) * 0.5 as a loop.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class CumulativeSumReadsY
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        y[0] = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            y[i] = y[i - 1] + x[i];
        }
        for (int i = 0; i < y.Length; i++) y[i] *= 0.5;
    }
}
