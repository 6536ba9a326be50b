// Average pooling of width 2 over a row of 8: 8 inputs, 4 outputs, index 2 * i and 2 * i + 1.
// Re-creates: 1-D avg_pool1d(kernel_size=2) for one channel, as a loop.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8, 4)]
public partial class MeanOfPairs
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = 0.5 * (x[2 * i] + x[2 * i + 1]);
        }
    }
}
