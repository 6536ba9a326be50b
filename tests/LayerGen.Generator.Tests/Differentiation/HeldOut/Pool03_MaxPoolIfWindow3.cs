// Max pooling with a window of 3 and stride 3 (9 → 3), the max found with an if over a nested loop; no tie rows.
// Re-creates: max_pool1d(kernel_size=3) for one channel, the nested-loop way.
// expect: gradient
// rows: no-ties
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(9, 3)]
public partial class MaxPoolIfWindow3
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int o = 0; o < 3; o++)
        {
            double best = x[3 * o];
            for (int k = 1; k < 3; k++)
            {
                if (x[3 * o + k] > best) best = x[3 * o + k];
            }
            y[o] = best;
        }
    }
}
