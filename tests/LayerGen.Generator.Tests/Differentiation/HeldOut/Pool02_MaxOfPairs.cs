// Max pooling of width 2 in float with MathF.Max: 8 inputs, 4 outputs. The output is a maximum itself, so rows with
// ties at the maximum are skipped (not differentiable there).
// Re-creates: 1-D max_pool1d(kernel_size=2) for one channel, as a loop.
// expect: gradient
// rows: no-ties
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8, 4)]
public partial class MaxOfPairs
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < 4; i++)
        {
            y[i] = MathF.Max(x[2 * i], x[2 * i + 1]);
        }
    }
}
