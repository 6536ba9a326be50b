// expect: gradient
// rows: no-ties
// Keep only local peaks (1-D non-maximum suppression, as in peak pickers and CenterNet's 3-wide max-pool NMS): x[i]
// survives when it is above both neighbours (only the existing one at the ends), else 0. bool locals combining
// comparisons with || and &&. no-ties: what survives is a comparison of values. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class LocalPeakMask
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            bool aboveLeft = i == 0 || x[i] > x[i - 1];
            bool aboveRight = i == n - 1 || x[i] > x[i + 1];
            y[i] = aboveLeft && aboveRight ? x[i] : 0.0;
        }
    }
}
