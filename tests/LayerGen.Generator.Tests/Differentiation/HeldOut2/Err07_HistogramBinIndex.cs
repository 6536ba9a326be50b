// A hard histogram of the row over 8 bins of width 0.5 from -2, bin index computed from the data.
// Re-creates: numpy.histogram as a loop (shape only; our own code).
// An index computed from x is data-dependent and the output is piecewise constant: an error is what a user should get.
// expect: error
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(8)]
public partial class HistogramBinIndex
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> hist = stackalloc double[8];
        for (int i = 0; i < x.Length; i++)
            hist[Math.Clamp((int)((x[i] + 2.0) * 2.0), 0, 7)] += 1.0; //~ LG11
        for (int b = 0; b < 8; b++) y[b] = hist[b] / x.Length;
    }
}
