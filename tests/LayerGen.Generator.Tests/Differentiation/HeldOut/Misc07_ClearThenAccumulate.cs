// y.Clear() then accumulate into y: even entries into y[0], odd into y[1], squares into y[2] (8 → 3), index i % 2.
// Re-creates: none; the "zero the output, then +=" habit from C code (memset then accumulate).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8, 3)]
public partial class ClearThenAccumulate
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        y.Clear();
        for (int i = 0; i < x.Length; i++)
        {
            y[i % 2] += x[i];
            y[2] += x[i] * x[i] / x.Length;
        }
    }
}
